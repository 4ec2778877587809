package org.camsurvey.report.map;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.model.Site;
import org.camsurvey.report.DocumentText;
import org.camsurvey.view.Scene;

/**
 * Site maps as images to paste into an office's own documents: a PNG at 300 dpi (its pHYs chunk
 * says so, for Word and WPS to size it) and an SVG, each with the site's title on top and under
 * the map a key of its numbered findings. The same map gives the same bytes.
 */
public final class SiteMapImages {
  /** The width of a map, in points: a page's text width. */
  static final float WIDTH = 480;
  private static final float MAP_HEIGHT = 380;
  private static final float TITLE = 18;
  private static final float MARGIN = 10;
  public static final int DOTS_PER_INCH = 300;

  private final Scene scene;
  private final DocumentText text;
  private final Function<Site, List<MapFinding>> numbering;

  private SiteMapImages(Scene scene, DocumentText text, Function<Site, List<MapFinding>> numbering) {
    this.scene = scene;
    this.text = text;
    this.numbering = numbering;
  }

  /** Maps marking findings with the numbers a text beside them gives. */
  public static SiteMapImages numbered(Scene scene, DocumentText text, List<MapFinding> findings) {
    return new SiteMapImages(scene, text, site -> findings);
  }

  /**
   * Maps standing alone, as {@code check} writes them: each site's map numbers its own findings
   * 1, 2, … in the order given (check's), then those of other sites' cameras about its zones.
   */
  public static SiteMapImages bySite(Scene scene, DocumentText text, List<Finding> findings) {
    return new SiteMapImages(scene, text, site -> {
      List<Finding> own = new ArrayList<>();
      findings.stream().filter(f -> site.siteId().equals(f.siteId())).forEach(own::add);
      findings.stream().filter(f -> site.siteId().equals(f.zoneSiteId())).forEach(own::add);
      return MapFinding.numbered(own);
    });
  }

  /** Whether a site has anything to draw. */
  public boolean hasContent(Site site) {
    return map(site).hasContent(site);
  }

  private SiteMap map(Site site) {
    return SiteMap.forImages(scene, text, numbering.apply(site));
  }

  /** The site's map as a PNG at 300 dpi, white behind it. */
  public byte[] png(Site site) {
    MapFont font = MapFont.bundled();
    float height = height(site);
    BufferedImage image = new BufferedImage(pixels(WIDTH), pixels(height), BufferedImage.TYPE_INT_RGB);
    RasterMapCanvas canvas = new RasterMapCanvas(image, height, DOTS_PER_INCH, font);
    draw(canvas, site, height);
    canvas.dispose();
    return encode(image);
  }

  /**
   * The site's map as a document shows it under its title (no title or key drawn in: the
   * document's text gives them), as a PNG at 300 dpi of the given size in points: the map the
   * PDF draws in the same box, for a Word document.
   */
  public byte[] figurePng(Site site, float widthPoints, float heightPoints) {
    BufferedImage image = new BufferedImage(pixels(widthPoints), pixels(heightPoints), BufferedImage.TYPE_INT_RGB);
    RasterMapCanvas canvas = new RasterMapCanvas(image, heightPoints, DOTS_PER_INCH, MapFont.bundled());
    map(site).draw(canvas, site, new Rectangle2D.Double(0, 0, widthPoints, heightPoints), List.of());
    canvas.dispose();
    return encode(image);
  }

  /** The site's map as an SVG document, in points. */
  public String svg(Site site) {
    float height = height(site);
    SvgMapCanvas canvas = new SvgMapCanvas(WIDTH, height, MapFont.bundled());
    draw(canvas, site, height);
    return canvas.document(title(site));
  }

  /** A length in points as pixels at 300 dpi. */
  public static int pixels(float points) {
    return (int) Math.round(points * DOTS_PER_INCH / 72.0);
  }

  private void draw(MapCanvas canvas, Site site, float height) {
    canvas.text(MapLegend.fit(canvas, title(site), WIDTH - 2 * MARGIN), MARGIN, height - MARGIN - 9, 10, Color.BLACK);
    List<String> key = key(site);
    map(site).draw(canvas, site, new Rectangle2D.Double(MARGIN, MARGIN, WIDTH - 2 * MARGIN, height - 2 * MARGIN - TITLE), key);
  }

  private float height(Site site) {
    List<String> key = key(site);
    return MAP_HEIGHT + TITLE + 2 * MARGIN + (key.isEmpty() ? 0 : key.size() * MapLegend.ROW + 4);
  }

  private String title(Site site) {
    return text.format("map.title", site.name() == null ? site.siteId() : site.siteId() + "  " + site.name());
  }

  /** One line a finding on the map: its number, the camera and zone, the article and what was measured. */
  List<String> key(Site site) {
    List<String> lines = new ArrayList<>();
    String separator = text.language() == Language.ZH ? "；" : "; ";
    for (MapFinding f : map(site).findingsOf(site)) {
      Finding finding = f.finding();
      StringBuilder line = new StringBuilder("(" + f.number() + ") ");
      if (finding.cameraId() != null) {
        line.append(finding.cameraId()).append(finding.zoneId() == null ? " " : " → ");
      }
      if (finding.zoneId() != null) {
        line.append(finding.zoneSiteId() == null ? "" : finding.zoneSiteId() + "/").append(finding.zoneId()).append(' ');
      }
      line.append(text.messages().text("severity." + finding.severity().code()));
      if (finding.article() != null) {
        line.append(' ').append(text.part(finding.law(), finding.article(), finding.item()));
      }
      List<String> evidence = text.evidence(finding);
      if (!evidence.isEmpty()) {
        line.append(separator).append(String.join(separator, evidence));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      IIOMetadataNode physical = new IIOMetadataNode("pHYs");
      String perMetre = Long.toString(Math.round(DOTS_PER_INCH / 0.0254));
      physical.setAttribute("pixelsPerUnitXAxis", perMetre);
      physical.setAttribute("pixelsPerUnitYAxis", perMetre);
      physical.setAttribute("unitSpecifier", "meter");
      root.appendChild(physical);
      metadata.mergeTree("javax_imageio_png_1.0", root);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, metadata), param);
      }
      return bytes.toByteArray();
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("the PNG writer refuses a pHYs chunk", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }
}
