#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace caseline {

// Writes the rows of any table model as RFC 4180 CSV (UTF-8, CRLF line ends, fields quoted when
// they hold a comma, a quote or a line break): the header texts, then each row's text. A model
// whose display text is decorated answers ExportRole (for cells and headers)
// with the plain value to write instead.
// Failures come back in words (empty: written).
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    static constexpr int ExportRole = Qt::UserRole + 900;

    // `columns`: which columns, in that order (empty: all of them).
    static QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns = {});
    static QString write(const QAbstractItemModel &model, QIODevice &device,
                         const QList<int> &columns = {});
    // Replaces the file only once everything is written.
    static QString writeFile(const QAbstractItemModel &model, const QString &path,
                             const QList<int> &columns = {});
    static QString field(const QString &text);
};

} // namespace caseline
