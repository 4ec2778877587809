package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * camsurvey works on an air-gapped laptop: nothing in an input (a KML NetworkLink or icon, an XML
 * DTD or external entity, a GeoJSON {@code crs} link, a workbook's external link, URLs in a
 * GeoPackage's tables) nor a URL given for a path makes it reach out. Every command runs on the
 * hostile inputs in a JVM ({@link CommandLines}) whose security manager ({@link NetworkRecorder}) records any attempt to
 * resolve, connect, listen or accept, while the URLs point at a server on the loopback that counts
 * the connections it is offered: both must stay at zero.
 */
@Tag("slow")
class AirGapTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();
  private static final String CAMERA_FIELDS = """
      <Data name="camera_id"><value>C1</value></Data><Data name="site_id"><value>S1</value></Data>
      <Data name="heading"><value>0</value></Data><Data name="hfov"><value>90</value></Data>
      <Data name="range_m"><value>50</value></Data><Data name="res_h"><value>3840</value></Data>
      <Data name="cam_type"><value>fixed</value></Data><Data name="signage"><value>yes</value></Data>
      <Data name="retention"><value>30</value></Data><Data name="runs_24h"><value>yes</value></Data>
      <Data name="installed"><value>2020-01-01</value></Data><Data name="filed"><value>2020-02-01</value></Data>""";

  private ServerSocket server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private String url;

  @BeforeEach
  void listenOnTheLoopback() throws IOException {
    assumeTrue(Runtime.version().feature() < 24, "the security manager that records the attempts is gone in Java 24");
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    url = "http://127.0.0.1:" + server.getLocalPort();
    Thread accept = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket client = server.accept()) {
          client.setSoTimeout(2_000);
          String first;
          try {
            first = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII)).readLine();
          } catch (IOException e) {
            first = "(no request line: " + e.getMessage() + ")";
          }
          requests.add(String.valueOf(first));
          try (OutputStream out = client.getOutputStream()) {
            out.write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          }
        } catch (SocketException closed) {
          return;
        } catch (IOException e) {
          requests.add("(connection failed: " + e.getMessage() + ")");
        }
      }
    }, "air-gap-witness");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterEach
  void close() throws IOException {
    server.close();
  }

  @Test
  void noCommandReachesOutWhateverItsInputsSay(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Map<String, Path> surveys = new LinkedHashMap<>();
    surveys.put("kml-links", kmlWithLinks(Files.createDirectories(dir.resolve("kml-links"))));
    surveys.put("kml-dtd", Files.writeString(dir.resolve("kml-dtd.kml"), kmlWithExternalEntities()));
    surveys.put("kmz-links", kmzWithLinks(dir.resolve("kmz-links.kmz")));
    surveys.put("geojson-crs-link", geoJsonWithCrsLink(dir.resolve("geojson-crs-link"), "link"));
    surveys.put("geojson-crs-url", geoJsonWithCrsLink(dir.resolve("geojson-crs-url"), "name"));
    surveys.put("xlsx-external-link", workbook(dir, "xlsx-external-link.xlsx", false));
    surveys.put("xlsx-dtd", workbook(dir, "xlsx-dtd.xlsx", true));
    surveys.put("gpkg-urls", geoPackageWithUrls(dir.resolve("gpkg-urls.gpkg")));

    List<String> lines = new ArrayList<>();
    surveys.forEach((name, survey) -> {
      String s = survey.toString();
      lines.add(String.join("\t", "check", s, "--format", "json"));
      lines.add(String.join("\t", "import", s, "-o", out.resolve(name + ".gpkg").toString()));
      lines.add(String.join("\t", "fov", s, "-o", out.resolve(name + ".geojson").toString()));
      lines.add(String.join("\t", "filing", s, "-o", out.resolve(name + "-filing.pdf").toString(), "--date", "2024-01-01"));
      lines.add(String.join("\t", "inspect", s, "-o", out.resolve(name + "-inspect.pdf").toString(),
          "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890", "--date", "2024-01-01"));
    });
    lines.add(String.join("\t", "check", url + "/survey.geojson"));
    lines.add(String.join("\t", "check", SAMPLE, "--map", url + "/mapping.txt"));
    lines.add(String.join("\t", "import", SAMPLE, "--crs", url + "/crs.prj", "-o", out.resolve("crs.gpkg").toString()));
    lines.add(String.join("\t", "filing", SAMPLE, "-o", out.resolve("font.pdf").toString(), "--font", url + "/font.ttf"));
    String log = runWatched(dir, lines);

    assertThat(log.lines().filter(l -> l.startsWith("RUN ")).count()).as(log).isEqualTo(lines.size());
    assertThat(log.lines().filter(l -> l.startsWith("ATTEMPT "))).as(log).isEmpty();
    assertThat(requests).as("connections the loopback server was offered").isEmpty();
    assertThat(log.lines().filter(l -> l.startsWith("RUN 4 "))).as("no internal failure\n" + log).isEmpty();
    // the readers got past the links and read the surveys; they did not merely refuse them
    for (String read : List.of("kml-links", "kmz-links", "gpkg-urls")) {
      assertThat(log.lines().filter(l -> l.startsWith("RUN ") && l.contains("check " + surveys.get(read) + " ")))
          .as(log).singleElement().satisfies(l -> assertThat(l).matches("RUN [01] .*"));
    }
    assertThat(log).as("the workbook opened, external link and all").contains(
        surveys.get("xlsx-external-link") + ": has no rows below the header");
  }

  @Test
  void bothWitnessesSeeAFetch(@TempDir Path dir) throws Exception {
    String log = runWatched(dir, List.of("fetch " + url + "/probe", "fetch http://camsurvey-air-gap.invalid/probe"));

    assertThat(log).contains("ATTEMPT SocketPermission 127.0.0.1:" + server.getLocalPort() + " connect")
        .contains("ATTEMPT SocketPermission camsurvey-air-gap.invalid resolve");
    assertThat(requests).as(log).containsExactly("GET /probe HTTP/1.1");
  }

  /** Runs the command lines in a JVM watched by {@link NetworkRecorder}; returns what it printed. */
  private static String runWatched(Path dir, List<String> lines) throws IOException, InterruptedException {
    return CommandLines.runForked(dir, lines, "-Djava.security.manager=" + NetworkRecorder.class.getName());
  }

  private Path kmlWithLinks(Path folder) throws IOException {
    Files.writeString(folder.resolve("zones.geojson"), SurveyFiles.CLEAN_ZONES, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("cameras.kml"), kml(false), StandardCharsets.UTF_8);
    return folder;
  }

  /** A KML of the camera and zones of {@link Surveys}, with every kind of link KML has. */
  private String kml(boolean withZones) {
    String zones = !withZones ? "" : """
        <Folder><name>zones</name>
          <Placemark><ExtendedData><Data name="zone_id"><value>M1</value></Data><Data name="site_id"><value>S1</value></Data>
            <Data name="rule"><value>mandated</value></Data><Data name="item"><value>8.7</value></Data></ExtendedData>
            <Polygon><outerBoundaryIs><LinearRing><coordinates>106.57697,29.55709 106.57703,29.55709
              106.57703,29.55718 106.57697,29.55718 106.57697,29.55709</coordinates></LinearRing></outerBoundaryIs></Polygon>
          </Placemark>
        </Folder>""";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:atom="http://www.w3.org/2005/Atom"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
             xsi:schemaLocation="http://www.opengis.net/kml/2.2 %1$s/kml22.xsd">
        <Document><atom:link href="%1$s/atom"/>
          <Style id="s"><IconStyle><Icon><href>%1$s/icon.png</href></Icon></IconStyle></Style>
          <NetworkLink><name>more</name><Link><href>%1$s/more.kml</href></Link></NetworkLink>
          <NetworkLink><Url><href>http://camsurvey-air-gap.invalid/more.kml</href></Url></NetworkLink>
          <GroundOverlay><Icon><href>%1$s/overlay.png</href></Icon></GroundOverlay>
          <Folder><name>cameras</name>
            <Placemark><styleUrl>%1$s/styles.kml#s</styleUrl><ExtendedData>%2$s</ExtendedData>
              <Point><coordinates>106.577,29.557</coordinates></Point>
            </Placemark>
          </Folder>%3$s
        </Document></kml>
        """.formatted(url, CAMERA_FIELDS, zones);
  }

  private String kmlWithExternalEntities() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE kml SYSTEM "%1$s/kml.dtd" [
          <!ENTITY %% remote SYSTEM "%1$s/remote.dtd"> %%remote;
          <!ENTITY outside SYSTEM "%1$s/outside.txt">
        ]>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>cameras</name>
          <Placemark><name>&outside;</name><ExtendedData>%2$s</ExtendedData>
            <Point><coordinates>106.577,29.557</coordinates></Point></Placemark>
        </Folder></Document></kml>
        """.formatted(url, CAMERA_FIELDS);
  }

  private Path kmzWithLinks(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(kml(true).replace("<Document>",
          "<Document><NetworkLink><Link><href>layers/more.kml</href></Link></NetworkLink>")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("layers/more.kml"));
      zip.write(("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><NetworkLink><Link><href>" + url
          + "/deeper.kml</href></Link></NetworkLink></Document></kml>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** The cameras in a GeoJSON whose legacy {@code crs} member is a link, or a name that is a URL. */
  private Path geoJsonWithCrsLink(Path folder, String type) throws IOException {
    SurveyFiles.write(folder, SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C1", ""));
    String properties = type.equals("link")
        ? "{\"href\": \"" + url + "/crs.wkt\", \"type\": \"ogcwkt\"}"
        : "{\"name\": \"" + url + "/def/crs/EPSG/0/4326\"}";
    Path cameras = folder.resolve("cameras.geojson");
    Files.writeString(cameras, Files.readString(cameras).replaceFirst("\\{",
        "{\"crs\": {\"type\": \"" + type + "\", \"properties\": " + properties + "}, "));
    return folder;
  }

  /**
   * The blank template as a survey workbook, given an external workbook link (as Excel writes one
   * for a formula that refers to another file) or, with {@code dtd}, a sheet that asks for a DTD.
   */
  private Path workbook(Path dir, String name, boolean dtd) throws IOException {
    Path template = dir.resolve("template-" + name);
    Cli.Run made = Cli.run("template", "-o", template.toString());
    assertThat(made.exitCode()).as(made.toString()).isZero();
    Path file = dir.resolve(name);
    try (ZipFile in = new ZipFile(template.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        String text = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        if (dtd && entry.getName().equals("xl/worksheets/sheet1.xml")) {
          text = text.replaceFirst("\\?>", "?><!DOCTYPE worksheet SYSTEM \"" + url + "/sheet.dtd\">");
        } else if (!dtd && entry.getName().equals("[Content_Types].xml")) {
          text = text.replace("</Types>", "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType="
              + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>");
        } else if (!dtd && entry.getName().equals("xl/_rels/workbook.xml.rels")) {
          text = text.replace("</Relationships>", "<Relationship Id=\"rIdExt1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/>"
              + "<Relationship Id=\"rIdExt2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              + "relationships/hyperlink\" Target=\"" + url + "/hyperlink\" TargetMode=\"External\"/></Relationships>");
        } else if (!dtd && entry.getName().equals("xl/workbook.xml")) {
          text = text.replace("</sheets>", "</sheets><externalReferences><externalReference r:id=\"rIdExt1\"/>"
              + "</externalReferences>");
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      if (!dtd) {
        zip.putNextEntry(new ZipEntry("xl/externalLinks/externalLink1.xml"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><externalLink xmlns=\"http://schemas."
            + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"cameras\"/></sheetNames>"
            + "</externalBook></externalLink>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("xl/externalLinks/_rels/externalLink1.xml.rels"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"" + url
            + "/other.xlsx\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** The sample as a GeoPackage whose extension, metadata and CRS tables point at the server. */
  private Path geoPackageWithUrls(Path file) throws IOException {
    Cli.Run imported = Cli.run("import", SAMPLE, "-o", file.toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)"
          + " VALUES (NULL, NULL, 'x_remote', '" + url + "/extension', 'read-write')");
      s.execute("CREATE TABLE gpkg_metadata (id INTEGER PRIMARY KEY AUTOINCREMENT, md_scope TEXT NOT NULL DEFAULT"
          + " 'dataset', md_standard_uri TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT"
          + " NULL DEFAULT '')");
      s.execute("INSERT INTO gpkg_metadata (md_standard_uri, metadata) VALUES ('" + url + "/standard',"
          + " '<!DOCTYPE x SYSTEM \"" + url + "/metadata.dtd\"><x/>')");
      s.execute("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id,"
          + " definition) VALUES ('remote', 990001, 'NONE', 990001, 'GEOGCS[\"remote\",AUTHORITY[\"" + url
          + "\",\"1\"]]')");
    } catch (SQLException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return file;
  }
}
