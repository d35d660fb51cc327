#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace caseline {

class CasePane;
class QueuePane;
class SearchPanel;

// The console's one screen: search and the queues on the left, the open case on the right.
// Remembers its layout between runs (QSettings). Presents; the console's controller feeds it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    QueuePane *queuePane() const { return m_queue; }
    CasePane *casePane() const { return m_case; }
    SearchPanel *searchPanel() const { return m_search; }
    // Where the console is connected (back-office, store, who is signed in).
    void setConnection(const QString &text);
    void showMessage(const QString &text, int timeoutMs = 8000);
    void restoreLayout();
    // Go → Supervisor dashboard: offered to those whose role shows it.
    QAction *dashboardAction() const { return m_dashboard; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();

    SearchPanel *m_search = nullptr;
    QueuePane *m_queue = nullptr;
    CasePane *m_case = nullptr;
    QSplitter *m_columns = nullptr;
    QSplitter *m_left = nullptr;
    QLabel *m_connection = nullptr;
    QAction *m_dashboard = nullptr;
};

} // namespace caseline
