#include "itemmodels/CsvExport.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace caseline {

namespace {

QList<int> chosenColumns(const QAbstractItemModel &model, const QList<int> &columns)
{
    if (!columns.isEmpty()) {
        return columns;
    }
    QList<int> all;
    for (int column = 0; column < model.columnCount(); ++column) {
        all.append(column);
    }
    return all;
}

QString cellText(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QVariant exported = index.data(CsvExport::ExportRole);
    return exported.isValid() ? exported.toString() : index.data(Qt::DisplayRole).toString();
}

} // namespace

QString CsvExport::field(const QString &text)
{
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quoted) {
        return text;
    }
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvExport::toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    const QList<int> chosen = chosenColumns(model, columns);
    QString csv;
    QStringList fields;
    for (int column : chosen) {
        const QVariant exported = model.headerData(column, Qt::Horizontal, CsvExport::ExportRole);
        fields.append(field(exported.isValid()
                                ? exported.toString()
                                : model.headerData(column, Qt::Horizontal).toString()));
    }
    csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column : chosen) {
            fields.append(field(cellText(model, row, column)));
        }
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QString CsvExport::write(const QAbstractItemModel &model, QIODevice &device,
                         const QList<int> &columns)
{
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly)) {
        return tr("Could not open the file for writing: %1").arg(device.errorString());
    }
    const QByteArray csv = toCsv(model, columns);
    if (device.write(csv) != csv.size()) {
        return tr("Could not write the file: %1").arg(device.errorString());
    }
    return {};
}

QString CsvExport::writeFile(const QAbstractItemModel &model, const QString &path,
                             const QList<int> &columns)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    }
    const QByteArray csv = toCsv(model, columns);
    if (file.write(csv) != csv.size() || !file.commit()) {
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    }
    return {};
}

} // namespace caseline
