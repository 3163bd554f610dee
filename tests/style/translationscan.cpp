#include "translationscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

QString sourceDir()
{
    return QStringLiteral(APPWRITE_SOURCE_DIR);
}

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList tsFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("appwrite-account_*.ts")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString location(const Message &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9])"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

struct SourceFile
{
    QString path;
    QStringList lines;
};

QList<SourceFile> sourceFiles(const QStringList &dirs, const QStringList &patterns)
{
    QList<SourceFile> files;
    for (const QString &dir : dirs) {
        QDirIterator it(sourceDir() + u'/' + dir, patterns, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.append({file.fileName().mid(sourceDir().size() + 1),
                              QString::fromUtf8(file.readAll()).split(u'\n')});
        }
    }
    return files;
}

//! Whether a string literal's content is something a person reads (has letters and is not a
//! URL, an address, an icon name or an escape sequence).
bool readable(QString literal)
{
    static const QRegularExpression escapes(QStringLiteral(R"re(\\u[0-9a-fA-F]{4}|\\.)re"));
    static const QRegularExpression letters(QStringLiteral(R"re(\p{L}{2,})re"));
    static const QRegularExpression code(QStringLiteral(R"re(^[a-z][A-Za-z0-9_.-]*$)re"));
    static const QRegularExpression colour(QStringLiteral(R"re(^#[0-9A-Fa-f]{3,8}$)re"));
    literal.remove(escapes);
    if (literal.contains(QLatin1String("://")) || literal.contains(u'@'))
        return false;
    // Lower-case identifiers ("system", "sun", object names) and colours are values, not labels.
    if (code.match(literal).hasMatch() || colour.match(literal).hasMatch())
        return false;
    return letters.match(literal).hasMatch();
}

} // namespace

QStringList translationProblems(const QString &file)
{
    QString error;
    const QString name = QFileInfo(file).fileName();
    const QList<Message> messages = readTs(file, &error);
    if (!error.isEmpty())
        return {name + QStringLiteral(": ") + error};
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty()) {
            problems.append(QStringLiteral("%1: %2 %3").arg(name, message.type, location(message)));
            continue;
        }
        for (const QString &text : message.translations) {
            if (text.trimmed().isEmpty())
                problems.append(QStringLiteral("%1: empty %2").arg(name, location(message)));
            // Numerus forms may leave out %n ("one minute"), never %1..%9.
            else if (placeholders(text) != placeholders(message.source))
                problems.append(QStringLiteral("%1: placeholders differ in %2: \"%3\"")
                                        .arg(name, location(message), text));
        }
    }
    return problems;
}

QStringList unmarkedQmlStrings()
{
    // Properties a person reads or hears. Object literals in models ({ text: "..." }) count too.
    static const QRegularExpression property(QStringLiteral(
            R"re((?:^|[{,\s])(text|title|placeholderText|description|label|detail|detailText|)re"
            R"re(subtitle|summary|heading|helpText|errorText|confirmText|resendText|footer|)re"
            R"re(displayText|emptyText|message|hint|caption|ToolTip\.text|)re"
            R"re(Accessible\.name|Accessible\.description)\s*:\s*(.*)$)re"));
    static const QRegularExpression literal(
            QStringLiteral(R"re("((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')re"));
    static const QRegularExpression translated(QStringLiteral(
            R"re(qsTr(?:Id|anslate)?\s*\((?:[^()"]|"(?:[^"\\]|\\.)*"|\([^()]*\))*\))re"));
    static const QRegularExpression continues(QStringLiteral(R"re((\?|:|\+|\|\||&&|\()\s*$)re"));
    static const QRegularExpression continuation(
            QStringLiteral(R"re(^\s*(\?|:|\+|\.arg|\|\||&&))re"));

    QStringList problems;
    const auto files =
            sourceFiles({QStringLiteral("qml")}, {QStringLiteral("*.qml"), QStringLiteral("*.js")});
    if (files.isEmpty())
        return {QStringLiteral("no sources found under ") + sourceDir()};
    for (const SourceFile &file : files) {
        for (qsizetype i = 0; i < file.lines.size(); ++i) {
            const QString &line = file.lines.at(i);
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("//")) || trimmed.startsWith(u'*')
                || line.contains(QLatin1String("i18n: ignore")))
                continue;
            const auto match = property.match(line);
            if (!match.hasMatch())
                continue;
            // The whole binding: a ternary or concatenation may go on over the next lines.
            QString expression = match.captured(2);
            for (qsizetype next = i + 1; next < file.lines.size()
                 && (continues.match(expression).hasMatch()
                     || continuation.match(file.lines.at(next)).hasMatch());
                 ++next) {
                expression += u' ' + file.lines.at(next).trimmed();
            }
            // Drop a trailing comment, then everything qsTr() already covers.
            expression.remove(QRegularExpression(QStringLiteral(R"re(\s//[^"]*$)re")));
            expression.remove(translated);
            for (const auto &found : literal.globalMatch(expression)) {
                const QString text = found.captured(1) + found.captured(2);
                if (readable(text))
                    problems.append(QStringLiteral("%1:%2: \"%3\" is not in qsTr()")
                                            .arg(file.path)
                                            .arg(i + 1)
                                            .arg(text));
            }
        }
    }
    return problems;
}

QStringList unmarkedCppSentences()
{
    // A capitalised word and two more in lower case: a sentence for a person, not a key, a
    // header value or a name. The sandbox (src/sandbox, app/sandbox) speaks for the server and
    // is not translated.
    static const QRegularExpression sentence(QStringLiteral(
            R"re((?:QStringLiteral|QLatin1String|QLatin1StringView)\(\s*"([A-Z][a-z']+(?: [a-z']+){2,}[^"]*)"|)re"
            R"re(u"([A-Z][a-z']+(?: [a-z']+){2,}[^"]*)"_s)re"));
    static const QRegularExpression exempt(QStringLiteral(
            R"re(qWarning|qDebug|qInfo|qCritical|qFatal|fprintf|QML_UNCREATABLE|i18n: ignore)re"));
    QStringList problems;
    const auto files = sourceFiles({QStringLiteral("src/core"), QStringLiteral("src/client"),
                                    QStringLiteral("app/account")},
                                   {QStringLiteral("*.cpp"), QStringLiteral("*.h")});
    if (files.isEmpty())
        return {QStringLiteral("no sources found under ") + sourceDir()};
    for (const SourceFile &file : files) {
        for (qsizetype i = 0; i < file.lines.size(); ++i) {
            const QString &line = file.lines.at(i);
            if (exempt.match(line).hasMatch())
                continue;
            const auto match = sentence.match(line);
            if (match.hasMatch())
                problems.append(QStringLiteral("%1:%2: \"%3\" is not in tr()")
                                        .arg(file.path)
                                        .arg(i + 1)
                                        .arg(match.captured(1) + match.captured(2)));
        }
    }
    return problems;
}
