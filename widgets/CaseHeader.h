#pragma once

#include <QWidget>

class QLabel;

namespace caseline {

struct Customer;
struct SupportCase;

// The top of a case: which case, whose turn and by when; the customer with their language,
// preferred channel and how to reach them; the orders the case is about.
class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);
    void showCase(const SupportCase &item);
    void showCustomer(const Customer &customer);
    void clear();
    QString titleText() const;
    QString customerText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_orders = nullptr;
};

} // namespace caseline
