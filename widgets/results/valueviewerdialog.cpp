#include "results/valueviewerdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QThreadPool>
#include <QVBoxLayout>

namespace {
QString hexDump(const QByteArray &bytes, qsizetype limit)
{
    QString out;
    const qsizetype n = qMin(bytes.size(), limit);
    out.reserve(int(n / 16 + 1) * 78);
    for (qsizetype row = 0; row < n; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto b = static_cast<unsigned char>(bytes.at(i));
                out += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(char16_t(b)) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == row + 7)
                out += u' ';
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}
} // namespace

ValueViewerDialog::ValueViewerDialog(const QString &title, const QByteArray &bytes, bool binary, bool isNull,
                                     QWidget *parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_binary(binary)
    , m_isNull(isNull)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("valueText"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);   // wrapping a long line lays all of it out
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (isNull)
        m_view->setPlaceholderText(tr("NULL"));
    layout->addWidget(m_view);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("valueInfo"));
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_info->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_showAll = buttons->addButton(tr("Show All"), QDialogButtonBox::ActionRole);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    connect(m_showAll, &QPushButton::clicked, this, [this] { showText(true); });
    m_hex = buttons->addButton(tr("Hex"), QDialogButtonBox::ActionRole);
    m_hex->setObjectName(QStringLiteral("hexButton"));
    m_hex->setCheckable(true);
    connect(m_hex, &QPushButton::toggled, this, [this](bool on) { on ? showHex() : showText(m_showingAll); });
    auto *save = buttons->addButton(tr("Save to File…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setEnabled(!isNull);
    connect(save, &QPushButton::clicked, this, &ValueViewerDialog::saveToFile);
    auto *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, m_view, [this] {
        m_view->selectAll();
        m_view->copy();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QVBoxLayout;
    bottom->addWidget(m_info);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(720, 460);

    if (!binary)
        m_text = QString::fromUtf8(bytes);
    m_hex->setVisible(binary || bytes.contains('\0'));
    showText(false);
}

QByteArray ValueViewerDialog::binaryBytes() const
{
    if (m_binary && m_bytes.startsWith("\\x"))
        return QByteArray::fromHex(m_bytes.mid(2));
    return m_bytes;
}

void ValueViewerDialog::showText(bool all)
{
    const QString &full = m_binary ? QString() : m_text;
    const QString shown = m_binary ? QString::fromLatin1(m_bytes.left(kFirstPartChars))
                                   : (all ? full : full.left(kFirstPartChars));
    m_showingAll = all || (m_binary ? m_bytes.size() <= kFirstPartChars : full.size() <= kFirstPartChars);
    m_view->setPlainText(shown);
    updateInfo();
}

void ValueViewerDialog::showHex()
{
    m_view->setPlainText(hexDump(binaryBytes(), kHexDumpBytes));
    updateInfo();
}

void ValueViewerDialog::updateInfo()
{
    const QLocale locale;
    const qsizetype chars = m_binary ? m_bytes.size() : m_text.size();
    const qsizetype size = m_binary ? binaryBytes().size() : m_bytes.size();
    QString info;
    if (m_isNull)
        info = tr("NULL");
    else if (m_binary)
        info = tr("%1 bytes").arg(locale.toString(size));
    else
        info = tr("%1 characters").arg(locale.toString(chars));
    if (m_hex->isChecked() && size > kHexDumpBytes)
        info += u' ' + tr("— the hex view shows the first %1 bytes; Save to File keeps them all.")
                           .arg(locale.toString(kHexDumpBytes));
    else if (!m_hex->isChecked() && !m_showingAll)
        info += u' ' + tr("— the first %1 are shown. %2")
                           .arg(locale.toString(kFirstPartChars),
                                chars <= kShowAllChars ? tr("Show All shows the rest; Save to File keeps it all.")
                                                       : tr("It is too large to show at once: Save to File keeps it all."));
    m_info->setText(info);
    m_showAll->setVisible(!m_showingAll && !m_hex->isChecked() && !m_binary && chars <= kShowAllChars);
}

void ValueViewerDialog::saveToFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Value"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_info->setText(tr("Saving to %1…").arg(path));
        // Off the GUI thread: a value may be gigabytes and the disk may be slow or full.
        QPointer<ValueViewerDialog> self = this;
        const QByteArray bytes = binaryBytes();
        QThreadPool::globalInstance()->start([self, path, bytes] {
            QSaveFile file(path);
            const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush()
                && file.commit();
            const QString error = file.errorString();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, ok, path, error] {
                if (!self)
                    return;
                self->m_info->setText(ok ? tr("Saved to %1.").arg(path)
                                         : tr("Could not save to %1: %2. Nothing was changed there.").arg(path, error));
            });
        });
    });
    dialog->open();
}
