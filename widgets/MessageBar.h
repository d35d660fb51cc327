#pragma once

#include "StatePalette.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace caseline {

// A message in a tinted bar: an error, a warning, something done (ok) or a note (info), with
// optional action buttons and a close button. The text wraps and can be selected; screen
// readers read it (the bar's description names the state), and an error or a warning is
// announced when it appears. The tint follows the palette, light or dark.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    using State = StatePalette::State;

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the text in the state; an empty text hides the bar.
    void showMessage(const QString &text, State state);
    void setText(const QString &text);
    void setState(State state);
    QString text() const;
    State state() const { return m_state; }

    void setCloseButtonVisible(bool visible);
    QToolButton *closeButton() const { return m_close; }
    // A button after the text and before the close button; the caller connects it.
    QPushButton *addActionButton(const QString &title);
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    // Someone closed the bar with its close button.
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recolour();
    void announce();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
    State m_state = State::Info;
    bool m_recolouring = false;
};

} // namespace caseline
