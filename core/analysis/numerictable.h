#pragma once

#include <Eigen/Core>

#include <QString>

#include <optional>

namespace tp {

/**
 * A text table of numbers separated by blanks (the TEP and C-MAPSS files): one row per
 * non-empty line, every row as long as the first. A bad number or a short row is an error that
 * names the file, line and column.
 */
std::optional<Eigen::MatrixXd> readNumericTable(const QString &path, QString *error = nullptr);

} // namespace tp
