#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Appwrite {

//! Reads the fields of one response object, strict about required fields and their types and
//! tolerant of fields it does not know. The first problem is remembered; later reads return
//! defaults, so a model is built only when ok().
class JsonReader
{
public:
    JsonReader(const QJsonObject &json, const char *model)
        : m_json(json)
        , m_model(model)
    { }

    QString string(const char *key);
    //! A string that may also be null or absent (the spec's optional fields).
    QString optionalString(const char *key);
    bool boolean(const char *key);
    //! A non-negative integer (totals).
    int count(const char *key);
    //! ISO 8601 with offset, the server's database format (UTC), or "" (invalid QDateTime).
    QDateTime date(const char *key);
    QStringList strings(const char *key);
    QJsonObject object(const char *key);
    //! The array \a key, each element an object (for nested models).
    QJsonArray objects(const char *key);

    //! Reports a nested model's failure (\a why) at \a key.
    void nestedFailed(const char *key, int index, const QString &why);

    bool ok() const { return m_why.isEmpty(); }
    //! Writes the reason into \a why (if given) and returns ok().
    bool finish(QString *why) const;

    static std::optional<QDateTime> parseDate(const QString &text);

private:
    std::optional<QJsonValue> required(const char *key, QJsonValue::Type type);
    void fail(const char *key, const QString &problem);

    const QJsonObject &m_json;
    const char *m_model;
    QString m_why;
};

//! Builds each element of \a key with T::fromJson; fails the reader on the first bad element.
template<typename T>
QList<T> readList(JsonReader &reader, const char *key)
{
    QList<T> items;
    const QJsonArray array = reader.objects(key);
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        QString why;
        if (auto item = T::fromJson(array.at(i).toObject(), &why))
            items.append(*item);
        else
            reader.nestedFailed(key, int(i), why);
    }
    return items;
}

} // namespace Appwrite
