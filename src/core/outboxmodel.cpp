#include "core/outboxmodel.h"

#include "core/accountmodel.h"

#include <QJsonArray>

using namespace Appwrite;

OutboxModel::OutboxModel(QObject *parent)
    : AccountListModel(parent)
{
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!loading())
            reload();
    });
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return m.subject;
    case MessageIdRole:
        return m.id;
    case ChannelRole:
        return m.channel;
    case ToRole:
        return m.to;
    case BodyRole:
        return m.body;
    case UserIdRole:
        return m.userId;
    case SecretRole:
        return m.secret;
    case UrlRole:
        return m.url;
    case PhraseRole:
        return m.phrase;
    case CreatedAtRole:
        return m.createdAt;
    }
    return {};
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return {
            {MessageIdRole, "messageId"}, {ChannelRole, "channel"}, {ToRole, "to"},
            {SubjectRole, "subject"},     {BodyRole, "body"},       {UserIdRole, "userId"},
            {SecretRole, "secret"},       {UrlRole, "url"},         {PhraseRole, "phrase"},
            {CreatedAtRole, "createdAt"},
    };
}

void OutboxModel::setActive(bool active)
{
    if (active == this->active())
        return;
    if (active) {
        m_poll.start();
        reload();
    } else {
        m_poll.stop();
    }
    Q_EMIT activeChanged();
}

bool OutboxModel::ready() const
{
    return account() && account()->client() && account()->isSandbox();
}

bool OutboxModel::parse(const QJsonObject &json, QList<Message> *messages)
{
    if (!json.value(QLatin1String("messages")).isArray())
        return false;
    messages->clear();
    const QJsonArray array = json.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const auto text = [&o](const char *key) {
            return o.value(QLatin1String(key)).toString();
        };
        Message m;
        m.id = text("$id");
        m.channel = text("channel");
        m.to = text("to");
        m.subject = text("subject");
        m.body = text("body");
        m.userId = text("userId");
        m.secret = text("secret");
        m.url = text("url");
        m.phrase = text("phrase");
        m.createdAt = QDateTime::fromString(text("$createdAt"), Qt::ISODateWithMs);
        if (m.id.isEmpty())
            return false;
        messages->append(m);
    }
    return true;
}

void OutboxModel::setMessages(const QList<Message> &messages)
{
    // Polling mostly finds the same list: only tell the views when something changed.
    bool same = messages.size() == m_messages.size();
    for (int i = 0; same && i < messages.size(); ++i)
        same = messages.at(i).id == m_messages.at(i).id;
    if (same)
        return;
    resetRows([&] { m_messages = messages; });
}

void OutboxModel::fetch()
{
    account()->client()->call(Client::Method::Get, QStringLiteral("/sandbox/outbox"), {},
                              fetchContext(), [this](const Result<QJsonObject> &answer) {
                                  if (!answer.ok()) {
                                      finishLoading(ErrorInfo::fromClient(answer.error()));
                                      return;
                                  }
                                  QList<Message> messages;
                                  if (!parse(answer.value(), &messages)) {
                                      finishLoading(ErrorInfo::fromClient(Error::invalidResponse(
                                              QStringLiteral("no outbox messages"))));
                                      return;
                                  }
                                  setMessages(messages);
                                  finishLoading();
                              });
}

void OutboxModel::clearRows()
{
    if (!m_messages.isEmpty())
        resetRows([this] { m_messages.clear(); });
}

Operation *OutboxModel::clear()
{
    Operation *op = newOperation("clear");
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->client()->call(Client::Method::Delete, QStringLiteral("/sandbox/outbox"), {},
                              requests(), [this, guard](const Result<QJsonObject> &answer) {
                                  if (answer.ok())
                                      clearRows();
                                  if (!guard)
                                      return;
                                  if (answer.ok())
                                      guard->succeed();
                                  else
                                      guard->fail(ErrorInfo::fromClient(answer.error()));
                              });
    return op;
}
