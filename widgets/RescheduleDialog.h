#pragma once

#include "ActionDialog.h"
#include "domain/DeliveryOptions.h"
#include "domain/Shipment.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <optional>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;

namespace caseline {

// Moves a delivery to another slot or redirects it to a pickup point, from what the carrier
// offers. The offers arrive after the dialog opens (setOptions or showOptionsError).
class RescheduleDialog : public ActionDialog
{
    Q_OBJECT

public:
    RescheduleDialog(const Shipment &shipment, const OrderFacts &facts, const QDateTime &now,
                     QWidget *parent = nullptr);

    void setOptions(const DeliveryOptions &options);
    void showOptionsError(const QString &reason);

    QCalendarWidget *calendar() const { return m_calendar; }
    QListWidget *slotList() const { return m_slots; }
    QListWidget *pickupPointList() const { return m_pickupPoints; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *noteEdit() const { return m_note; }

    // Picks an offered slot (its day and the slot) or pickup point; false if not offered.
    bool selectSlot(const QString &slotId);
    bool selectPickupPoint(const QString &pickupPointId);

    // "Evening", "Saturday", "Office hours".
    static QString slotKindText(const std::string &kind);

protected:
    void submit() override;

private:
    void showSlotsOf(const QDate &day);
    QWidget *buildSlotPage();
    QWidget *buildPickupPage();

    Shipment m_shipment;
    OrderFacts m_facts;
    QDateTime m_now;
    std::optional<DeliveryOptions> m_options;
    QTabWidget *m_tabs = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QListWidget *m_slots = nullptr;
    QListWidget *m_pickupPoints = nullptr;
    QLabel *m_shipmentLabel = nullptr;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_pickupLabel = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace caseline
