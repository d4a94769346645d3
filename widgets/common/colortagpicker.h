#pragma once
#include <QWidget>

class QToolButton;

// Picks a profile's colour tag: none, a few presets that stay readable as tab icons, or any
// colour through QColorDialog. The tag is a "#rrggbb" string, empty for none.
class ColorTagPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ColorTagPicker(QWidget *parent = nullptr);

    QString color() const { return m_color; }
    void setColor(const QString &color);

    static QStringList presets();
    // A rounded swatch; a hollow grey outline for "no tag" so list rows stay aligned.
    static QIcon swatchIcon(const QString &color, int size = 16);

signals:
    void colorChanged(const QString &color);

private:
    void chooseCustom();
    void updateChecks();

    QString m_color;
    QList<QToolButton *> m_presetButtons;
    QToolButton *m_noneButton = nullptr;
    QToolButton *m_customButton = nullptr;
};
