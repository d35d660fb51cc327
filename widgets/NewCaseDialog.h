#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace caseline {

class MessageBar;
struct SupportCase;

// Opens a case for a call or a store visit: the customer (found by search, or typed), their
// language, what it is about, how they came, and the order numbers when there are any — a
// customer without an order number still gets a case (the furniture story).
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCaseDialog(const QString &customerId = {}, const QString &orderId = {},
                           const QString &language = {}, QWidget *parent = nullptr);
    void showProblem(const QString &text); // the store refused; the dialog stays open
    QLineEdit *customerBox() const { return m_customer; }
    QLineEdit *subjectBox() const { return m_subject; }
    QLineEdit *ordersBox() const { return m_orders; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *channelBox() const { return m_channel; }
    MessageBar *problemBar() const { return m_problem; }

Q_SIGNALS:
    void caseRequested(const caseline::SupportCase &draft);

private:
    void submit();

    QLineEdit *m_customer = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_orders = nullptr;
    MessageBar *m_problem = nullptr;
};

} // namespace caseline
