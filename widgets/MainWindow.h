#pragma once

#include <QMainWindow>
#include <utility>
#include <vector>

class QAction;
class QActionGroup;
class QMenu;
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
    // Settings → Language: "Follow the system" and each language by its own name ({code, name});
    // `chosen` is the saved code, empty when following the system.
    void setLanguages(const std::vector<std::pair<QString, QString>> &languages,
                      const QString &chosen);
    QMenu *languageMenu() const { return m_languageMenu; }

Q_SIGNALS:
    // The agent picked a language; empty: follow the system.
    void languageChosen(const QString &code);

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
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace caseline
