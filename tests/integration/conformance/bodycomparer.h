#pragma once

#include <QDateTime>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

namespace Conformance {

class ValueMap;

//! Compares the shape of two JSON bodies: the set of fields at every level, the JSON types, the
//! format of dates, whether strings are empty, and the values that are not generated (booleans,
//! enumerations, codes, names the client chose). IDs, secrets and timestamps are not compared.
class BodyComparer
{
public:
    //!  realTime is when the real server answered, for lifetimes given as absolute times.
    BodyComparer(const ValueMap &map, const QDateTime &realTime)
        : m_map(map)
        , m_realTime(realTime)
    { }

    QStringList compare(const QJsonValue &real, const QJsonValue &sandbox);

private:
    void compareValue(const QString &path, const QString &key, const QJsonValue &real,
                      const QJsonValue &sandbox);
    void compareObject(const QString &path, const QJsonObject &real, const QJsonObject &sandbox);
    void compareArray(const QString &path, const QString &key, const QJsonArray &real,
                      const QJsonArray &sandbox);
    void compareString(const QString &path, const QString &key, const QString &real,
                       const QString &sandbox);

    const ValueMap &m_map;
    QDateTime m_realTime;
    QStringList m_differences;
};

} // namespace Conformance
