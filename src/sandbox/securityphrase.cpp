#include "sandbox/securityphrase.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Sandbox {

namespace {

const QStringList &adjectives()
{
    static const QStringList words = {
            QStringLiteral("mindful"),  QStringLiteral("gentle"),   QStringLiteral("brave"),
            QStringLiteral("calm"),     QStringLiteral("clever"),   QStringLiteral("curious"),
            QStringLiteral("eager"),    QStringLiteral("fancy"),    QStringLiteral("friendly"),
            QStringLiteral("golden"),   QStringLiteral("happy"),    QStringLiteral("honest"),
            QStringLiteral("jolly"),    QStringLiteral("kind"),     QStringLiteral("lively"),
            QStringLiteral("lucky"),    QStringLiteral("mellow"),   QStringLiteral("nimble"),
            QStringLiteral("patient"),  QStringLiteral("polite"),   QStringLiteral("proud"),
            QStringLiteral("quiet"),    QStringLiteral("radiant"),  QStringLiteral("silver"),
            QStringLiteral("steady"),   QStringLiteral("sunny"),    QStringLiteral("swift"),
            QStringLiteral("tidy"),     QStringLiteral("vivid"),    QStringLiteral("warm"),
            QStringLiteral("wise"),     QStringLiteral("zesty"),    QStringLiteral("bright"),
            QStringLiteral("cheerful"), QStringLiteral("cosy"),     QStringLiteral("daring"),
            QStringLiteral("elegant"),  QStringLiteral("fearless"), QStringLiteral("graceful"),
            QStringLiteral("humble"),
    };
    return words;
}

const QStringList &nouns()
{
    static const QStringList words = {
            QStringLiteral("lighthouse"), QStringLiteral("fox"),     QStringLiteral("harbor"),
            QStringLiteral("meadow"),     QStringLiteral("river"),   QStringLiteral("mountain"),
            QStringLiteral("lantern"),    QStringLiteral("owl"),     QStringLiteral("garden"),
            QStringLiteral("comet"),      QStringLiteral("forest"),  QStringLiteral("island"),
            QStringLiteral("falcon"),     QStringLiteral("maple"),   QStringLiteral("otter"),
            QStringLiteral("pebble"),     QStringLiteral("rainbow"), QStringLiteral("sparrow"),
            QStringLiteral("tulip"),      QStringLiteral("valley"),  QStringLiteral("willow"),
            QStringLiteral("anchor"),     QStringLiteral("badger"),  QStringLiteral("canyon"),
            QStringLiteral("dolphin"),    QStringLiteral("ember"),   QStringLiteral("glacier"),
            QStringLiteral("heron"),      QStringLiteral("kettle"),  QStringLiteral("lagoon"),
            QStringLiteral("orchard"),    QStringLiteral("panda"),   QStringLiteral("quartz"),
            QStringLiteral("robin"),      QStringLiteral("sunrise"), QStringLiteral("teapot"),
            QStringLiteral("violin"),     QStringLiteral("walrus"),  QStringLiteral("yacht"),
            QStringLiteral("zeppelin"),
    };
    return words;
}

QString pick(const QStringList &words)
{
    return words.at(QRandomGenerator::system()->bounded(int(words.size())));
}

} // namespace

QString SecurityPhrase::generate()
{
    QString adjective = pick(adjectives());
    adjective[0] = adjective.at(0).toUpper();
    return adjective + QLatin1Char(' ') + pick(nouns());
}

bool SecurityPhrase::isWellFormed(const QString &phrase)
{
    const QStringList parts = phrase.split(QLatin1Char(' '));
    if (parts.size() != 2 || parts.at(0).isEmpty() || !parts.at(0).at(0).isUpper())
        return false;
    return adjectives().contains(parts.at(0).toLower()) && nouns().contains(parts.at(1));
}

} // namespace Sandbox
