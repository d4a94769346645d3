#pragma once
#include "profiles/connectionprofile.h"

#include <QDialog>

class ColorTagPicker;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// Creates or edits a connection profile. It only produces a ConnectionProfile; the caller saves
// it. The store (optional) is read to keep names unique. What most profiles need is on the
// General tab; the connection string, session setup and network settings on Advanced.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(const ProfileStore *store, QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);   // editing: keeps id and demo flag
    ConnectionProfile profile() const;

    // What is wrong with the current input, in words for the person; empty when it can be saved.
    QString validationError() const;
    // Non-empty when a password was typed into the options or the connection string: the
    // dialog refuses to save it (Save is disabled) and points to the login dialog.
    QString secretError() const;

public slots:
    void accept() override;

private:
    QWidget *buildGeneralPage();
    QWidget *buildAdvancedPage();
    void updateForDialect();
    void updateEnabledFields();
    void browseForFile();
    Dialect currentDialect() const;
    AuthMode currentAuthMode() const;

    const ProfileStore *m_store;
    ConnectionProfile m_original;
    QTabWidget *m_pages = nullptr;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_advancedForm = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QLabel *m_driverNote = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_browse = nullptr;
    QWidget *m_databaseRow = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_authMode = nullptr;
    QLineEdit *m_proxyTarget = nullptr;
    QLabel *m_connectionStringNote = nullptr;
    ColorTagPicker *m_color = nullptr;
    QLineEdit *m_connectionString = nullptr;
    QLineEdit *m_options = nullptr;
    QLineEdit *m_schema = nullptr;
    QPlainTextEdit *m_initSql = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_keepalives = nullptr;
    QLabel *m_secretError = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};
