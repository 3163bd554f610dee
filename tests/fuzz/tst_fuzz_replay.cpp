// Replays a fuzz target's seed corpus and every input that once made it crash (regressions/)
// through the same LLVMFuzzerTestOneInput, built with the normal compiler and no libFuzzer:
// one test row per input, so a crash that comes back names its file.

#include <QDir>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (LLVMFuzzerInitialize) {
            int argc = 1;
            static char name[] = "tst_fuzz_replay";
            static char *args[] = {name, nullptr};
            char **argv = args;
            LLVMFuzzerInitialize(&argc, &argv);
        }
    }

    void input_data()
    {
        QTest::addColumn<QString>("file");
        int inputs = 0;
        for (const QString &folder :
             {QStringLiteral(FUZZ_CORPUS_DIR), QStringLiteral(FUZZ_REGRESSIONS_DIR)}) {
            const auto files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &info : files) {
                QTest::newRow(qPrintable(info.dir().dirName() + u'/' + info.fileName()))
                        << info.filePath();
                ++inputs;
            }
        }
        QVERIFY(inputs > 0);
    }

    void input()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                        size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
