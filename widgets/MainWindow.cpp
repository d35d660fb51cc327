#include "MainWindow.h"

#include "CasePane.h"
#include "QueuePane.h"
#include "SearchPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>

namespace caseline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_search(new SearchPanel(this))
    , m_queue(new QueuePane(this))
    , m_case(new CasePane(this))
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_left(new QSplitter(Qt::Vertical, this))
    , m_connection(new QLabel(this))
{
    setWindowTitle(tr("Caseline"));
    setObjectName(QStringLiteral("caseline-main-window"));
    m_left->addWidget(m_search);
    m_left->addWidget(m_queue);
    m_left->setStretchFactor(1, 3);
    m_columns->addWidget(m_left);
    m_columns->addWidget(m_case);
    m_columns->setStretchFactor(1, 2);
    m_columns->setSizes({480, 800});
    setCentralWidget(m_columns);
    statusBar()->addPermanentWidget(m_connection);
    buildMenus();
    // Keyboard order: search, queue, then the case.
    setTabOrder(m_search, m_queue);
    setTabOrder(m_queue, m_case);
    resize(1360, 860);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *find = menuBar()->addMenu(tr("&Go"));
    QAction *search = find->addAction(tr("&Search customers and cases"), this,
                                      [this] { m_search->focusSearch(); });
    search->setShortcut(QKeySequence(tr("Ctrl+K")));
    search->setShortcutContext(Qt::ApplicationShortcut);
    const QStringList queues = {tr("&My cases"), tr("My &department"), tr("&All open"),
                                tr("&Needs attention")};
    for (int i = 0; i < queues.size(); ++i) {
        QAction *queue = find->addAction(
            queues[i], this, [this, i] { m_queue->setCurrentKind(static_cast<QueueKind>(i)); });
        queue->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    find->addSeparator();
    m_dashboard = find->addAction(tr("Supervisor &dashboard"));
    m_dashboard->setObjectName(QStringLiteral("supervisor-dashboard"));
    m_dashboard->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_dashboard->setToolTip(tr("Queues, SLA, the watchdog's conflicts, workload and approvals"));
    m_dashboard->setEnabled(false); // until the store says this user's role shows it

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    QAction *newCase = caseMenu->addAction(tr("&New case…"), m_queue, &QueuePane::newCaseRequested);
    newCase->setShortcut(QKeySequence::New);
    caseMenu->addSeparator();
    for (const QString &name :
         {QStringLiteral("issue-return-label"), QStringLiteral("reschedule-delivery"),
          QStringLiteral("refund"), QStringLiteral("cancel-order"), QStringLiteral("replace"),
          QStringLiteral("send-message"), QStringLiteral("add-note"), QStringLiteral("log-contact"),
          QStringLiteral("escalate")}) {
        caseMenu->addAction(m_case->caseAction(name));
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_languageMenu = settingsMenu->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("language-menu"));
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT languageChosen(action->data().toString()); });
}

void MainWindow::setLanguages(const std::vector<std::pair<QString, QString>> &languages,
                              const QString &chosen)
{
    m_languageMenu->clear();
    for (QAction *old : m_languages->actions()) {
        m_languages->removeAction(old);
        old->deleteLater();
    }
    const auto add = [this, &chosen](const QString &code, const QString &name) {
        QAction *action = m_languageMenu->addAction(name);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        m_languages->addAction(action);
    };
    add(QString(), tr("Follow the system"));
    m_languageMenu->addSeparator();
    for (const auto &[code, name] : languages) {
        add(code, name);
    }
}

void MainWindow::setConnection(const QString &text)
{
    m_connection->setText(text);
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_columns->restoreState(settings.value(QStringLiteral("window/columns")).toByteArray());
    m_left->restoreState(settings.value(QStringLiteral("window/left")).toByteArray());
    const int queue = settings.value(QStringLiteral("window/queue"), 0).toInt();
    m_queue->setCurrentKind(static_cast<QueueKind>(std::clamp(queue, 0, 3)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/columns"), m_columns->saveState());
    settings.setValue(QStringLiteral("window/left"), m_left->saveState());
    settings.setValue(QStringLiteral("window/queue"), static_cast<int>(m_queue->currentKind()));
    event->accept();
}

} // namespace caseline
