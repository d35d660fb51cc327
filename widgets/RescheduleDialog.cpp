#include "RescheduleDialog.h"

#include "PickupPointText.h"
#include "StatePalette.h"
#include "actions/ActionPlanner.h"
#include "timeline/AlertText.h"

#include <QCalendarWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>
#include <algorithm>

namespace caseline {

namespace {

constexpr int SlotPage = 0;
constexpr int PickupPage = 1;

// Slots are grouped by their UTC day, as the carrier and every other time in Caseline are.
QDate dayOf(const DeliverySlot &slot)
{
    return slot.from.toUTC().date();
}

} // namespace

RescheduleDialog::RescheduleDialog(const Shipment &shipment, const OrderFacts &facts,
                                   const QDateTime &now, QWidget *parent)
    : ActionDialog(tr("Reschedule delivery %1").arg(QString::fromStdString(shipment.id)), parent)
    , m_shipment(shipment)
    , m_facts(facts)
    , m_now(now)
{
    QString promised = tr("No promised window");
    if (shipment.promisedWindow) {
        promised = tr("Promised %1")
                       .arg(QString::fromStdString(AlertText::window(*shipment.promisedWindow)));
    }
    m_shipmentLabel =
        new QLabel(tr("<b>%1</b> of %2 · %3, tracking %4 · %5<br>%6<br>To %7")
                       .arg(QString::fromStdString(shipment.id).toHtmlEscaped(),
                            QString::fromStdString(shipment.orderId).toHtmlEscaped(),
                            QString::fromStdString(shipment.carrier).toHtmlEscaped(),
                            QString::fromStdString(shipment.trackingNumber).toHtmlEscaped(),
                            QString::fromStdString(AlertText::status(toString(shipment.status))),
                            promised.toHtmlEscaped(),
                            PickupPointText::address(shipment.address).toHtmlEscaped()),
                   body());
    m_shipmentLabel->setWordWrap(true);
    m_shipmentLabel->setAccessibleName(tr("Shipment"));

    m_tabs = new QTabWidget(body());
    m_tabs->setAccessibleName(tr("Where to"));
    m_tabs->addTab(buildSlotPage(), tr("&Delivery slot"));
    m_tabs->addTab(buildPickupPage(), tr("&Pickup point"));

    m_note = new QLineEdit(body());
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("e.g. leave with the concierge"));
    m_note->setAccessibleName(tr("Note for the carrier"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Note for the carrier:"), m_note);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shipmentLabel);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(form);

    setSendBlocked(true);
    setBusy(tr("Asking the carrier for slots…"));
    resize(620, 600);
}

QWidget *RescheduleDialog::buildSlotPage()
{
    auto *page = new QWidget;
    m_calendar = new QCalendarWidget(page);
    m_calendar->setAccessibleName(tr("Delivery day"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(true);
    m_calendar->setSelectedDate(m_now.toUTC().date());
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showSlotsOf(m_calendar->selectedDate()); });

    m_dayLabel = new QLabel(page);
    m_dayLabel->setWordWrap(true);
    m_slots = new QListWidget(page);
    m_slots->setAccessibleName(tr("Slots of the day"));
    m_slots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayLabel->setBuddy(m_slots);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_calendar);
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_slots, 1);
    return page;
}

QWidget *RescheduleDialog::buildPickupPage()
{
    auto *page = new QWidget;
    m_pickupLabel = new QLabel(tr("Redirect the parcel to:"), page);
    m_pickupPoints = new QListWidget(page);
    m_pickupPoints->setAccessibleName(tr("Pickup points"));
    m_pickupPoints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pickupPoints->setWordWrap(true);
    m_pickupPoints->setSpacing(2);
    m_pickupPoints->setAlternatingRowColors(true);
    m_pickupLabel->setBuddy(m_pickupPoints);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_pickupLabel);
    layout->addWidget(m_pickupPoints, 1);
    return page;
}

void RescheduleDialog::setOptions(const DeliveryOptions &options)
{
    m_options = options;
    std::sort(m_options->slots.begin(), m_options->slots.end(),
              [](const DeliverySlot &a, const DeliverySlot &b) { return a.from < b.from; });
    endBusy();

    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // forget earlier offers
    const auto &slots = m_options->slots;
    if (!slots.empty()) {
        const QDate first = dayOf(slots.front());
        const QDate last = dayOf(slots.back());
        m_calendar->setDateRange(first, last);
        const StatePalette colours(palette());
        QTextCharFormat greyed;
        greyed.setForeground(colours.muted());
        // Every day the calendar can show around the offers reads as unavailable...
        const QDate shownFrom = QDate(first.year(), first.month(), 1).addDays(-7);
        const QDate shownTo = QDate(last.year(), last.month(), 1).addMonths(1).addDays(14);
        for (QDate day = shownFrom; day <= shownTo; day = day.addDays(1)) {
            m_calendar->setDateTextFormat(day, greyed);
        }
        // ...but the days with a slot.
        QTextCharFormat offered;
        offered.setFontWeight(QFont::Bold);
        offered.setForeground(colours.foreground(StatePalette::State::Info));
        offered.setBackground(colours.background(StatePalette::State::Info));
        for (const DeliverySlot &slot : slots) {
            m_calendar->setDateTextFormat(dayOf(slot), offered);
        }
        const auto next = std::find_if(slots.begin(), slots.end(),
                                       [this](const DeliverySlot &s) { return s.from > m_now; });
        m_calendar->setSelectedDate(dayOf(next != slots.end() ? *next : slots.front()));
    }
    showSlotsOf(m_calendar->selectedDate());
    m_tabs->setTabEnabled(SlotPage, !slots.empty());

    m_pickupPoints->clear();
    for (const PickupPoint &point : m_options->pickupPoints) {
        auto *item = new QListWidgetItem(PickupPointText::summary(point), m_pickupPoints);
        item->setData(Qt::UserRole, QString::fromStdString(point.id));
        item->setToolTip(item->text());
    }
    m_pickupLabel->setText(m_options->pickupPoints.empty()
                               ? tr("The carrier offers no pickup point for this parcel.")
                               : tr("Redirect the parcel to:"));
    m_tabs->setTabEnabled(PickupPage, !m_options->pickupPoints.empty());
    if (slots.empty() && !m_options->pickupPoints.empty()) {
        m_tabs->setCurrentIndex(PickupPage);
    }

    const bool anything = !slots.empty() || !m_options->pickupPoints.empty();
    setSendBlocked(!anything);
    if (!anything) {
        showProblem(tr("The carrier offers no other slot and no pickup point for %1.")
                        .arg(QString::fromStdString(m_shipment.id)));
    }
}

void RescheduleDialog::showOptionsError(const QString &reason)
{
    endBusy();
    setSendBlocked(true);
    showProblem(tr("The carrier's options could not be read: %1").arg(reason));
}

void RescheduleDialog::showSlotsOf(const QDate &day)
{
    m_slots->clear();
    if (!m_options) {
        m_dayLabel->clear();
        return;
    }
    const QLocale locale;
    // The locale's short time; the C locale's has seconds, and slots are whole minutes.
    const QString hours = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    for (const DeliverySlot &slot : m_options->slots) {
        if (dayOf(slot) != day) {
            continue;
        }
        QString text =
            tr("%1–%2 UTC · %3")
                .arg(locale.toString(slot.from.toUTC().time(), hours),
                     locale.toString(slot.to.toUTC().time(), hours), slotKindText(slot.kind));
        auto *item = new QListWidgetItem(m_slots);
        item->setData(Qt::UserRole, QString::fromStdString(slot.id));
        if (slot.from <= m_now) {
            text += tr(" (already begun)");
            item->setForeground(StatePalette(palette()).muted());
        }
        item->setText(text);
    }
    m_dayLabel->setText(m_slots->count() == 0
                            ? tr("No slot on %1.").arg(locale.toString(day, QLocale::LongFormat))
                            : tr("&Slots on %1:").arg(locale.toString(day, QLocale::LongFormat)));
}

bool RescheduleDialog::selectSlot(const QString &slotId)
{
    if (!m_options) {
        return false;
    }
    const auto slot =
        std::find_if(m_options->slots.begin(), m_options->slots.end(),
                     [&](const DeliverySlot &s) { return QString::fromStdString(s.id) == slotId; });
    if (slot == m_options->slots.end()) {
        return false;
    }
    m_tabs->setCurrentIndex(SlotPage);
    m_calendar->setSelectedDate(dayOf(*slot));
    showSlotsOf(dayOf(*slot)); // setSelectedDate is silent when the day is already selected
    for (int row = 0; row < m_slots->count(); ++row) {
        if (m_slots->item(row)->data(Qt::UserRole).toString() == slotId) {
            m_slots->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool RescheduleDialog::selectPickupPoint(const QString &pickupPointId)
{
    for (int row = 0; row < m_pickupPoints->count(); ++row) {
        if (m_pickupPoints->item(row)->data(Qt::UserRole).toString() == pickupPointId) {
            m_tabs->setCurrentIndex(PickupPage);
            m_pickupPoints->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString RescheduleDialog::slotKindText(const std::string &kind)
{
    if (kind == "evening") {
        return tr("Evening");
    }
    if (kind == "saturday") {
        return tr("Saturday");
    }
    if (kind == "office-hours") {
        return tr("Office hours");
    }
    return QString::fromStdString(kind);
}

void RescheduleDialog::submit()
{
    std::string slotId;
    std::string pickupPointId;
    if (m_tabs->currentIndex() == SlotPage) {
        const QListWidgetItem *item = m_slots->currentItem();
        if (!item || !item->isSelected()) {
            showProblem(tr("Choose a day and one of its slots."));
            return;
        }
        slotId = item->data(Qt::UserRole).toString().toStdString();
    } else {
        const QListWidgetItem *item = m_pickupPoints->currentItem();
        if (!item || !item->isSelected()) {
            showProblem(tr("Choose a pickup point."));
            return;
        }
        pickupPointId = item->data(Qt::UserRole).toString().toStdString();
    }
    const std::string note = m_note->text().trimmed().toStdString();
    requestChecked(
        [&] { return ActionPlanner::reschedule(m_shipment.id, slotId, pickupPointId, note); },
        m_facts, m_now, m_options);
}

} // namespace caseline
