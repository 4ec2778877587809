package org.camsurvey.report.excel;

/** POI logs through Log4j's API; without a provider Log4j complains on standard error. */
final class PoiLogging {
  private PoiLogging() {}

  /** Turns Log4j's logging off unless the user configured it; call before POI is first used. */
  static synchronized void silence() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
  }
}
