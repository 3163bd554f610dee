// Replays the real Appwrite 1.5.11 server's recorded exchanges (../shared/reference/real-server)
// against fresh sandboxes, mapping the IDs, secrets, cookies and codes each side generated, and
// reports every difference: one test row per recorded step.
#include "conformance/recordedexchange.h"
#include "conformance/replayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>

using Conformance::Replayer;

class TestConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void step_data();
    void step();
    void cleanupTestCase();

private:
    void report(const QString &step, const Replayer::Outcome &outcome);

    QString m_realServerDir;
    QList<Conformance::RecordedExchange> m_exchanges;
    std::unique_ptr<Replayer> m_replayer;
    std::unique_ptr<QFile> m_report;
    int m_compared = 0;
    int m_differing = 0;
    int m_skipped = 0;
    int m_differences = 0;
};

void TestConformance::initTestCase()
{
    const QString shared = qEnvironmentVariable("APPWRITE_SHARED_DIR");
    m_realServerDir = QDir(shared).filePath(QStringLiteral("reference/real-server"));
    if (shared.isEmpty() || !QFile::exists(m_realServerDir + QStringLiteral("/transcripts.jsonl")))
        QSKIP(qPrintable(QStringLiteral("the real server's recordings are absent (%1): set "
                                        "APPWRITE_SHARED_DIR to the shared directory")
                                 .arg(m_realServerDir)));
    if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
        QSKIP("sandbox-only check: APPWRITE_ENDPOINT points at another server");

    QString error;
    m_exchanges = Conformance::loadTranscripts(
            m_realServerDir + QStringLiteral("/transcripts.jsonl"), &error);
    QVERIFY2(!m_exchanges.isEmpty(), qPrintable(error));
    const auto messages =
            Conformance::loadOutbox(m_realServerDir + QStringLiteral("/outbox.jsonl"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_replayer = std::make_unique<Replayer>(m_exchanges, messages);
    QVERIFY2(m_replayer->start(&error), qPrintable(error));

    m_report = std::make_unique<QFile>(QDir(QCoreApplication::applicationDirPath())
                                               .filePath(QStringLiteral("conformance-report.txt")));
    QVERIFY2(m_report->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text),
             qPrintable(m_report->errorString()));
    m_report->write(QStringLiteral("Conformance of the sandbox with the real Appwrite 1.5.11 "
                                   "recordings in %1\n\n")
                            .arg(m_realServerDir)
                            .toUtf8());
}

void TestConformance::step_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_exchanges.size(); ++i)
        QTest::newRow(qPrintable(m_exchanges.at(i).step)) << i;
}

void TestConformance::step()
{
    QFETCH(int, index);
    const auto &outcome = m_replayer->outcome(index);
    report(m_exchanges.at(index).step, outcome);
    if (!outcome.skipReason.isEmpty())
        QSKIP(qPrintable(outcome.skipReason));
    for (const QString &difference : outcome.differences)
        qInfo("  differs: %s", qPrintable(difference));
    QVERIFY2(outcome.differences.isEmpty(),
             qPrintable(QStringLiteral("%1 difference(s) from the real server: %2")
                                .arg(outcome.differences.size())
                                .arg(outcome.differences.join(QStringLiteral(" | ")))));
}

void TestConformance::report(const QString &step, const Replayer::Outcome &outcome)
{
    QString text;
    if (!outcome.skipReason.isEmpty()) {
        ++m_skipped;
        text = QStringLiteral("SKIP %1: %2\n").arg(step, outcome.skipReason);
    } else {
        ++m_compared;
        if (!outcome.differences.isEmpty()) {
            ++m_differing;
            m_differences += int(outcome.differences.size());
        }
        text = QStringLiteral("%1 %2   [%3]\n")
                       .arg(outcome.differences.isEmpty() ? QStringLiteral("OK  ")
                                                          : QStringLiteral("DIFF"),
                            step, outcome.request);
        for (const QString &difference : outcome.differences)
            text += QStringLiteral("     - %1\n").arg(difference);
        for (const QString &note : outcome.notes)
            text += QStringLiteral("     (note) %1\n").arg(note);
    }
    m_report->write(text.toUtf8());
    m_report->flush();
}

void TestConformance::cleanupTestCase()
{
    if (!m_report)
        return;
    const QString summary =
            QStringLiteral("%1 step(s) compared, %2 with differences (%3 in all), %4 skipped")
                    .arg(m_compared)
                    .arg(m_differing)
                    .arg(m_differences)
                    .arg(m_skipped);
    m_report->write("\n" + summary.toUtf8() + "\n");
    m_report->close();
    qInfo("conformance: %s", qPrintable(summary));
    qInfo("conformance: full report in %s", qPrintable(m_report->fileName()));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
