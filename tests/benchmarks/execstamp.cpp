// bench_exec_stamp PROGRAM [ARG...]: runs PROGRAM in this very process with BENCH_EXEC_NS set to
// the CLOCK_MONOTONIC time just before the exec, so that the start-up benchmark measures from the
// exec with sub-millisecond precision (the kernel's process start time counts in 10 ms ticks).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_exec_stamp PROGRAM [ARG...]\n");
        return 2;
    }
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const long long ns = static_cast<long long>(now.tv_sec) * 1000000000 + now.tv_nsec;
    setenv("BENCH_EXEC_NS", std::to_string(ns).c_str(), 1);
    execv(argv[1], argv + 1);
    std::perror("bench_exec_stamp");
    return 127;
}
