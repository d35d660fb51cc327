#include "MessageBar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace caseline {

namespace {

QStyle::StandardPixmap iconOf(MessageBar::State state)
{
    switch (state) {
    case MessageBar::State::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBar::State::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::State::Ok:
        return QStyle::SP_DialogApplyButton;
    case MessageBar::State::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close the message"));
    m_close->setToolTip(tr("Close the message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 5, 5);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setState(State::Info);
    hide();
}

void MessageBar::showMessage(const QString &text, State state)
{
    setState(state);
    setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        announce();
    }
}

void MessageBar::setText(const QString &text)
{
    m_text->setText(text);
}

void MessageBar::setState(State state)
{
    m_state = state;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconOf(state), nullptr, this).pixmap(size, size));
    switch (state) {
    case State::Error:
        setAccessibleDescription(tr("Problem"));
        break;
    case State::Warning:
        setAccessibleDescription(tr("Warning"));
        break;
    case State::Ok:
        setAccessibleDescription(tr("Done"));
        break;
    case State::Info:
        setAccessibleDescription(tr("Notice"));
        break;
    }
    recolour();
    update();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QPushButton *MessageBar::addActionButton(const QString &title)
{
    auto *button = new QPushButton(title, this);
    m_buttons->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    const StatePalette colours(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colours.border(m_state));
    painter.setBrush(colours.background(m_state));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The desktop may switch between light and dark while the bar is shown.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        recolour();
    }
}

void MessageBar::recolour()
{
    if (m_recolouring) {
        return;
    }
    m_recolouring = true;
    // The bar's own palette stays as inherited, so it still tells light from dark; the text
    // and the close button take the state's text colour.
    const QColor text = StatePalette(palette()).foreground(m_state);
    for (QWidget *child : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_close)}) {
        QPalette colours = child->palette();
        colours.setColor(QPalette::WindowText, text);
        colours.setColor(QPalette::ButtonText, text);
        colours.setColor(QPalette::Text, text);
        child->setPalette(colours);
    }
    m_recolouring = false;
}

void MessageBar::announce()
{
    if (m_state == State::Error || m_state == State::Warning) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace caseline
