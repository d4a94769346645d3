#pragma once
#include <QDialog>
#include <QStringList>
#include <QVariantMap>

class QCheckBox;
class QLineEdit;

// Asks a value for each :name placeholder before a run. Each value is text (the server casts
// it, as it would a quoted literal) or SQL NULL. Open it with open(): it must not block the
// event loop, the tab's session keeps reporting while it is up.
class BindValuesDialog : public QDialog
{
    Q_OBJECT
public:
    // remembered: the values this tab used before (a null QVariant is NULL), to prefill.
    BindValuesDialog(const QStringList &names, const QVariantMap &remembered, QWidget *parent = nullptr);

    QStringList names() const { return m_names; }
    // One entry per name: the typed text, or a null QVariant for NULL.
    QVariantMap values() const;

    QLineEdit *valueEdit(const QString &name) const;
    QCheckBox *nullCheck(const QString &name) const;

private:
    QStringList m_names;
    QList<QLineEdit *> m_edits;
    QList<QCheckBox *> m_nulls;
};
