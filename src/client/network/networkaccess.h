#pragma once

#include <QMultiHash>
#include <QNetworkAccessManager>

class QTcpSocket;

namespace Appwrite {

//! The client's QNetworkAccessManager. Unencrypted HTTP without a proxy (the local sandbox, a
//! server on the same machine) is answered by Http1Reply; everything else (https, proxies,
//! cookie jars, redirects) is Qt's own. Qt 6.4 reads an unencrypted answer's status line and
//! headers one byte per system call: about 900 calls for each Appwrite answer, which made every
//! call several times slower than curl.
class NetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject *parent = nullptr);

    //! An idle keep-alive connection to \a origin ("host:port"), or nullptr.
    QTcpSocket *takeIdle(const QString &origin);
    //! Keeps \a socket, whose last answer was read in full, for the next request to \a origin.
    void keepIdle(const QString &origin, QTcpSocket *socket);
    //! Closes every idle connection (as clearConnectionCache() does for Qt's own).
    void closeIdle();

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    bool answersItself(const QNetworkRequest &request) const;

    QMultiHash<QString, QTcpSocket *> m_idle;
};

} // namespace Appwrite
