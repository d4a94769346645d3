#pragma once
#include "profiles/connectionprofile.h"

#include <QDialog>

class ColorTagPicker;
class ProfileStore;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Creates or edits a connection profile. It only produces a ConnectionProfile; the caller saves
// it. The store (optional) is read to keep names unique.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(const ProfileStore *store, QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);   // editing: keeps id and demo flag
    ConnectionProfile profile() const;

    // What is wrong with the current input, in words for the person; empty when it can be saved.
    QString validationError() const;

public slots:
    void accept() override;

private:
    void updateForDialect();
    void browseForFile();
    Dialect currentDialect() const;

    const ProfileStore *m_store;
    ConnectionProfile m_original;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QLabel *m_driverNote = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_browse = nullptr;
    QWidget *m_databaseRow = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_options = nullptr;
    ColorTagPicker *m_color = nullptr;
    QLabel *m_error = nullptr;
};
