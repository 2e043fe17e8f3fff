#pragma once
// What the offscreen UI tests read off a grab: proof that a state was painted, not only described.

#include <QColor>
#include <QImage>
#include <QSet>
#include <cstdlib>

namespace slaops::test {

// Share of the pixels (every stride-th in both directions) within tolerance of colour c per channel.
inline double share(const QImage &img, const QColor &c, int tolerance = 12, int stride = 2)
{
    qint64 hits = 0, seen = 0;
    for (int y = 0; y < img.height(); y += stride)
        for (int x = 0; x < img.width(); x += stride) {
            const QColor p = img.pixelColor(x, y);
            ++seen;
            if (std::abs(p.red() - c.red()) < tolerance && std::abs(p.green() - c.green()) < tolerance &&
                std::abs(p.blue() - c.blue()) < tolerance)
                ++hits;
        }
    return seen > 0 ? double(hits) / double(seen) : 0.0;
}

// Distinct colours among every stride-th pixel: a blank grab has a handful.
inline int distinctColours(const QImage &img, int stride)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += stride)
        for (int x = 0; x < img.width(); x += stride)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

} // namespace slaops::test
