#pragma once

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QTreeView;

namespace caseline {

class MessageBar;

// Search (Ctrl+K) for customers and cases by order number, e-mail, phone, tracking number or
// name, across the back-office and the case store. Typing searches after a short pause; the
// answers are a tree of customers with their cases and orders. Presents a
// CustomerSearchModel.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *results);
    void focusSearch(); // Ctrl+K
    void setSearching(bool searching);
    void showProblem(const QString &problem);
    void setQuery(const QString &text); // e.g. a screen-pop: searches at once
    QLineEdit *searchBox() const { return m_box; }
    QTreeView *results() const { return m_results; }
    // What the panel says instead of results: searching, nothing found, or why it failed.
    MessageBar *note() const { return m_note; }

Q_SIGNALS:
    void searchRequested(const QString &text);
    void caseChosen(long long caseId);
    // A customer (and one of their orders, or none) without a case yet: open one.
    void newCaseRequested(const QString &customerId, const QString &orderId);

private:
    void activated(const QModelIndex &index);
    void present();

    QLineEdit *m_box = nullptr;
    MessageBar *m_note = nullptr;
    QTreeView *m_results = nullptr;
    QTimer m_pause;
    bool m_searching = false;
    QString m_problem;
};

} // namespace caseline
