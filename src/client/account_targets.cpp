#include "client/account.h"

#include "client/account_p.h"

namespace Appwrite {

using namespace detail;
using Method = Client::Method;

void Account::createPushTarget(QObject *context, const QString &targetId, const QString &identifier,
                               const QString &providerId, Callback<Target> done)
{
    QJsonObject params{{QStringLiteral("targetId"), targetId},
                       {QStringLiteral("identifier"), identifier}};
    if (!providerId.isEmpty())
        params.insert(QStringLiteral("providerId"), providerId);
    send(m_client,
         Validation::first({Validation::newId(QStringLiteral("targetId"), targetId),
                            Validation::required(QStringLiteral("identifier"), identifier),
                            providerId.isEmpty()
                                    ? Validation::Check()
                                    : Validation::id(QStringLiteral("providerId"), providerId)}),
         Method::Post, QStringLiteral("/account/targets/push"), params, context,
         expect(std::move(done)));
}

void Account::updatePushTarget(QObject *context, const QString &targetId, const QString &identifier,
                               Callback<Target> done)
{
    send(m_client,
         Validation::first({Validation::id(QStringLiteral("targetId"), targetId),
                            Validation::required(QStringLiteral("identifier"), identifier)}),
         Method::Put,
         QStringLiteral("/account/targets/") + segment(targetId) + QStringLiteral("/push"),
         {{QStringLiteral("identifier"), identifier}}, context, expect(std::move(done)));
}

void Account::deletePushTarget(QObject *context, const QString &targetId, Callback<void> done)
{
    send(m_client, Validation::id(QStringLiteral("targetId"), targetId), Method::Delete,
         QStringLiteral("/account/targets/") + segment(targetId) + QStringLiteral("/push"), {},
         context, expectNothing(std::move(done)));
}

} // namespace Appwrite
