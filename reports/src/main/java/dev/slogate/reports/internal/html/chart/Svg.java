package dev.slogate.reports.internal.html.chart;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A small writer of SVG markup for charts embedded in the HTML report. Every text and attribute value goes
 * through commons-text's XML escaping; numbers are written with a fixed locale and one decimal.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(8_192);

  Svg open(int width, int height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(label)).append("\">");
    out.append("<title>").append(escape(label)).append("</title>");
    return this;
  }

  Svg rect(double x, double y, double width, double height, String cssClass, String fill) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, width)))
        .append("\" height=\"").append(n(Math.max(0, height))).append('"');
    attributes(cssClass, fill, null);
    out.append("/>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String cssClass, String stroke) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append('"');
    attributes(cssClass, null, stroke);
    out.append("/>");
    return this;
  }

  /** A path through the points, "M x,y L x,y …"; a NaN y breaks the line (a second without data). */
  Svg path(double[] xs, double[] ys, String cssClass, String stroke) {
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < xs.length; i++) {
      if (Double.isNaN(ys[i])) {
        pen = false;
        continue;
      }
      d.append(pen ? " L" : (d.length() == 0 ? "M" : " M")).append(n(xs[i])).append(',').append(n(ys[i]));
      pen = true;
    }
    if (d.length() > 0) {
      out.append("<path d=\"").append(d).append('"');
      attributes(cssClass, "none", stroke);
      out.append("/>");
    }
    return this;
  }

  Svg text(double x, double y, String text, String cssClass, String anchor) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
    if (anchor != null) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    attributes(cssClass, null, null);
    out.append('>').append(escape(text)).append("</text>");
    return this;
  }

  /** A tooltip for the element opened next; SVG shows a {@code <title>} child on hover. */
  Svg group(String cssClass, String tooltip) {
    out.append("<g");
    attributes(cssClass, null, null);
    out.append('>');
    if (tooltip != null) {
      out.append("<title>").append(escape(tooltip)).append("</title>");
    }
    return this;
  }

  Svg endGroup() {
    out.append("</g>");
    return this;
  }

  String close() {
    out.append("</svg>");
    return out.toString();
  }

  private void attributes(String cssClass, String fill, String stroke) {
    if (cssClass != null) {
      out.append(" class=\"").append(escape(cssClass)).append('"');
    }
    if (fill != null) {
      out.append(" fill=\"").append(escape(fill)).append('"');
    }
    if (stroke != null) {
      out.append(" stroke=\"").append(escape(stroke)).append('"');
    }
  }

  static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    return StringEscapeUtils.escapeXml11(text);
  }
}
