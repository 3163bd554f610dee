#include "recoverycodesfile.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QWindow>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

bool RecoveryCodesFile::saveText(const QUrl &file, const QString &heading, const QStringList &codes)
{
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return fail(tr("Choose a file on this computer."));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(tr("Could not write %1: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString text = heading + u"\n\n"_s;
    for (const QString &code : codes)
        text += code + u'\n';
    out.write(text.toUtf8());
    if (!out.commit())
        return fail(tr("Could not write %1: %2").arg(path, out.errorString()));
    return restrictToOwner(path);
}

bool RecoveryCodesFile::savePdf(const QUrl &file, const QString &heading, const QStringList &codes)
{
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return fail(tr("Choose a file on this computer."));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(heading);
    writer.setCreator(tr("Appwrite Account"));
    QTextDocument document;
    document.setHtml(html(heading, codes));
    document.print(&writer);
    if (!QFile::exists(path))
        return fail(tr("Could not write %1.").arg(path));
    return restrictToOwner(path);
}

void RecoveryCodesFile::chooseFileAndSave(bool pdf, const QString &heading,
                                          const QStringList &codes)
{
    if (!canPrint()) {
        Q_EMIT saved(fail(tr("Saving is not available here. Copy the codes instead.")));
        return;
    }
    auto *dialog = new QFileDialog(
            nullptr, pdf ? tr("Save recovery codes as PDF") : tr("Save recovery codes as text"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"recoveryCodesSaveDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("Text files (*.txt)"));
    dialog->setDefaultSuffix(pdf ? u"pdf"_s : u"txt"_s);
    dialog->selectFile(pdf ? u"recovery-codes.pdf"_s : u"recovery-codes.txt"_s);
    // No widget owns it: it is tied to the app's window (focused now, as a button was pressed).
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->winId();
    if (dialog->windowHandle())
        dialog->windowHandle()->setTransientParent(QGuiApplication::focusWindow());
    // fileSelected, not urlSelected: Qt's own (non-native) dialog emits only the former.
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, pdf, heading, codes](const QString &path) {
                const QUrl file = QUrl::fromLocalFile(path);
                Q_EMIT saved(pdf ? savePdf(file, heading, codes) : saveText(file, heading, codes));
            });
    dialog->open();
}

bool RecoveryCodesFile::canPrint() const
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

bool RecoveryCodesFile::printCodes(const QString &heading, const QStringList &codes)
{
    if (!canPrint())
        return fail(tr("Printing is not available here. Save the codes as a PDF instead."));
    QPrinter printer;
    printer.setDocName(heading);
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(tr("Print recovery codes"));
    if (dialog.exec() != QDialog::Accepted)
        return fail(QString());
    QTextDocument document;
    document.setHtml(html(heading, codes));
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return fail(tr("The printer reported an error. Try again, or save the codes as a PDF."));
    if (!m_errorString.isEmpty()) {
        m_errorString.clear();
        Q_EMIT errorStringChanged();
    }
    return true;
}

QString RecoveryCodesFile::html(const QString &heading, const QStringList &codes)
{
    QString page = u"<h2>%1</h2><p>%2</p><pre style=\"font-size:14pt\">"_s.arg(
            heading.toHtmlEscaped(),
            tr("Each code works once. Keep this page somewhere safe.").toHtmlEscaped());
    for (const QString &code : codes)
        page += code.toHtmlEscaped() + u'\n';
    return page + u"</pre>"_s;
}

bool RecoveryCodesFile::restrictToOwner(const QString &path)
{
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("Saved, but could not make %1 private to you.").arg(path));
    if (!m_errorString.isEmpty()) {
        m_errorString.clear();
        Q_EMIT errorStringChanged();
    }
    return true;
}

bool RecoveryCodesFile::fail(const QString &message)
{
    m_errorString = message;
    Q_EMIT errorStringChanged();
    return false;
}
