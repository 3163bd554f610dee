#include "core/preferencesmodel.h"

#include "client/models/user.h"
#include "core/accountmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Appwrite;

int PreferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PreferencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KeyRole:
        return row.key;
    case Qt::EditRole:
    case ValueRole:
        return row.text;
    case IsJsonRole: {
        QString error;
        const QJsonValue value = parseValue(row.text, &error);
        return error.isEmpty() && !value.isString();
    }
    case ValidRole:
        return rowError(index.row()).isEmpty();
    case ErrorRole:
        return rowError(index.row());
    }
    return {};
}

bool PreferencesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == KeyRole || role == Qt::DisplayRole) {
        setKey(index.row(), value.toString());
        return true;
    }
    if (role == ValueRole || role == Qt::EditRole) {
        setValue(index.row(), value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags PreferencesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PreferencesModel::roleNames() const
{
    return {
            {KeyRole, "key"},     {ValueRole, "value"}, {IsJsonRole, "isJson"},
            {ValidRole, "valid"}, {ErrorRole, "error"},
    };
}

QJsonValue PreferencesModel::parseValue(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    static const QString jsonStarts = QStringLiteral("{[\"-0123456789");
    const bool looksJson = !trimmed.isEmpty()
            && (jsonStarts.contains(trimmed.front()) || trimmed == QLatin1String("true")
                || trimmed == QLatin1String("false") || trimmed == QLatin1String("null"));
    if (!looksJson)
        return QJsonValue(text);
    // Wrapping in an array lets QJsonDocument read scalars too.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray("[") + trimmed.toUtf8() + QByteArray("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        // Text that merely starts with a digit ("3 apples") is plain text, not broken JSON.
        if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('['))
            && !trimmed.startsWith(QLatin1Char('"')))
            return QJsonValue(text);
        if (error)
            *error = tr("This is not valid JSON: %1.").arg(parseError.errorString());
        return {};
    }
    return doc.array().first();
}

QString PreferencesModel::textOf(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        QString error;
        // Text that would read back as something else is shown quoted.
        if (!parseValue(text, &error).isString() || !error.isEmpty())
            return QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                             .toJson(QJsonDocument::Compact)
                                             .mid(1)
                                             .chopped(1));
        return text;
    }
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1).chopped(1));
}

QString PreferencesModel::rowError(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.key.trimmed().isEmpty())
        return tr("Enter a name for this preference.");
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && m_rows.at(other).key == r.key)
            return tr("Another preference has the same name.");
    }
    QString error;
    parseValue(r.text, &error);
    return error;
}

QJsonObject PreferencesModel::toJson() const
{
    QJsonObject object;
    for (const Row &row : m_rows) {
        QString error;
        object.insert(row.key, parseValue(row.text, &error));
    }
    return object;
}

bool PreferencesModel::dirty() const
{
    if (m_rows.size() != m_saved.size())
        return true;
    for (const Row &row : m_rows) {
        QString error;
        const QJsonValue value = parseValue(row.text, &error);
        if (!error.isEmpty() || !m_saved.contains(row.key) || m_saved.value(row.key) != value)
            return true;
    }
    return false;
}

int PreferencesModel::sizeBytes() const
{
    return int(QJsonDocument(toJson()).toJson(QJsonDocument::Compact).size());
}

bool PreferencesModel::valid() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!rowError(row).isEmpty())
            return false;
    }
    return sizeBytes() <= limit;
}

void PreferencesModel::rowChanged(int row)
{
    Q_UNUSED(row)
    // A key change can make another row valid or invalid (duplicates): refresh them all.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT stateChanged();
}

void PreferencesModel::add(const QString &key, const QString &value)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({key, value});
    endInsertRows();
    rowChanged(int(m_rows.size()) - 1);
}

void PreferencesModel::setKey(int row, const QString &key)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).key == key)
        return;
    m_rows[row].key = key;
    rowChanged(row);
}

void PreferencesModel::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).text == value)
        return;
    m_rows[row].text = value;
    rowChanged(row);
}

void PreferencesModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    rowChanged(row);
}

void PreferencesModel::revert()
{
    setPreferences(m_saved);
}

void PreferencesModel::setPreferences(const QJsonObject &prefs)
{
    m_saved = prefs;
    resetRows([&] {
        m_rows.clear();
        for (auto it = prefs.begin(); it != prefs.end(); ++it)
            m_rows.append({it.key(), textOf(it.value())});
    });
    Q_EMIT stateChanged();
}

Operation *PreferencesModel::save()
{
    Operation *op = newOperation("save");
    if (!valid()) {
        const bool tooBig = sizeBytes() > limit;
        op->fail(ErrorInfo::validation(
                QStringLiteral("prefs"),
                tooBig ? tr("Preferences can take up to 64 kB; these take %1 bytes.")
                                 .arg(sizeBytes())
                       : tr("Fix the marked preferences first.")));
        return op;
    }
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->api()->updatePrefs(requests(), toJson(), [this, guard](const Result<User> &user) {
        if (user.ok()) {
            account()->setUser(user.value());
            setPreferences(user->prefs);
        }
        if (!guard)
            return;
        if (user.ok())
            guard->succeed(user->prefs.toVariantMap());
        else
            guard->fail(ErrorInfo::fromClient(user.error()));
    });
    return op;
}

void PreferencesModel::fetch()
{
    account()->api()->getPrefs(fetchContext(), [this](const Result<Preferences> &prefs) {
        if (prefs.ok())
            setPreferences(prefs->values);
        finishLoading(prefs.ok() ? ErrorInfo() : ErrorInfo::fromClient(prefs.error()));
    });
}

void PreferencesModel::clearRows()
{
    setPreferences({});
}
