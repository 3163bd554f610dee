#include "slownetwork.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

class SlowReply : public QNetworkReply
{
public:
    SlowReply(const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly);
        QTimer::singleShot(200, this, &SlowReply::answer);
    }

    void abort() override { close(); }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const qint64 count = qMin(size, qint64(m_body.size()) - m_read);
        memcpy(data, m_body.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }

private:
    void answer()
    {
        QFile file(url().path());
        if (file.open(QIODevice::ReadOnly)) {
            m_body = file.readAll();
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
            Q_EMIT readyRead();
        } else {
            setError(ContentNotFoundError, file.errorString());
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 404);
            Q_EMIT errorOccurred(ContentNotFoundError);
        }
        setFinished(true);
        Q_EMIT finished();
    }

    QByteArray m_body;
    qint64 m_read = 0;
};

class SlowNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *body) override
    {
        if (request.url().scheme() == QLatin1String("held") && operation == GetOperation)
            return new SlowReply(request, this);
        return QNetworkAccessManager::createRequest(operation, request, body);
    }
};

} // namespace

QNetworkAccessManager *SlowNetworkFactory::create(QObject *parent)
{
    return new SlowNetwork(parent);
}
