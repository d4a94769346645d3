#pragma once
#include <QFrame>

class QLabel;

// A dismissible warning strip at the top of the window: problems that must be said but must
// not stop the program (an unreadable profiles file, for one). Hidden until show(text).
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

private:
    QLabel *m_label = nullptr;
};
