package org.camsurvey.remedy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.remedy.Obligations.Intrusion;
import org.camsurvey.remedy.Obligations.Mandate;
import org.camsurvey.remedy.Remedy.Action;
import org.camsurvey.remedy.Remedy.Cleared;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;

/**
 * Searches, site by site, for the least change that clears every camera's sight of a forbidden
 * zone and brings every mandated zone to its cover ({@link SiteSearch}), makes the changes in a
 * copy of the survey, and checks that copy: a finding the search meant to clear that the check
 * still makes is reported as not fixed, so that what {@code fix} lists as unfixable is exactly
 * what {@code check} still finds.
 *
 * <p>Sites are searched in parallel; each depends only on its own cameras and zones and on the
 * forbidden zones around it, so the result is the same whatever the order they finish in.
 */
public final class RemedySearch {
  private RemedySearch() {}

  public static RemedyPlan search(CheckResult before, RemedyLaw law, RemedyOptions options) {
    Obligations obligations = Obligations.of(before, law);
    Survey survey = before.survey();
    Sight sight = new Sight(survey, before.options(), obligations.forbidden(), obligations.needsConsent());
    Map<String, List<Camera>> cameras = new LinkedHashMap<>();
    for (Site site : survey.sites()) {
      cameras.put(site.siteId(), new ArrayList<>());
    }
    for (Camera c : survey.cameras()) {
      cameras.computeIfAbsent(c.siteId(), id -> new ArrayList<>()).add(c);
    }
    Map<String, Site> sites = new HashMap<>();
    survey.sites().forEach(s -> sites.put(s.siteId(), s));
    // sites in the order check prints them
    List<String> order = cameras.keySet().stream().sorted().toList();
    List<SiteSearch> searches = new ArrayList<>();
    for (String id : order) {
      Site site = sites.getOrDefault(id, new Site(id, null, null, null, null));
      List<Obstacle> walls = survey.obstacles().stream().filter(o -> id.equals(o.siteId())).toList();
      List<Intrusion> intrusions = obligations.intrusions().stream().filter(x -> id.equals(x.finding().siteId())).toList();
      List<Mandate> mandates = obligations.mandates().stream().filter(m -> id.equals(m.zone().siteId())).toList();
      searches.add(new SiteSearch(sight, options, site, cameras.get(id), walls, intrusions, mandates));
    }
    List<List<Remedy>> found = searches.parallelStream().map(SiteSearch::run).toList();
    List<Camera> all = new ArrayList<>();
    List<Camera> added = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (int s = 0; s < order.size(); s++) {
      List<Camera> now = searches.get(s).cameras();
      int own = cameras.get(order.get(s)).size();
      for (int i = 0; i < now.size(); i++) {
        (i < own ? all : added).add(now.get(i));
      }
      taken.put(order.get(s), s);
    }
    // keep the survey's order of cameras: the search groups them by site
    Map<String, Camera> changed = new HashMap<>();
    all.forEach(c -> changed.put(Obligations.key(c.siteId(), c.cameraId()), c));
    List<Camera> fixedCameras = new ArrayList<>();
    survey.cameras().forEach(c -> fixedCameras.add(changed.get(Obligations.key(c.siteId(), c.cameraId()))));
    fixedCameras.addAll(added);
    Set<String> fields = new LinkedHashSet<>(survey.cameraFields());
    if (!added.isEmpty()) {
      fields.add("proposed");
      options.newCameraFields().keySet().forEach(fields::add);
    }
    Survey fixed = new Survey(survey.name(), survey.layers(), survey.frame(), survey.sites(), fixedCameras, survey.zones(),
        survey.obstacles(), survey.accessLog(), survey.checklist(), survey.evidence(), fields, survey.importWarnings());
    CheckResult after = Checker.check(fixed, before.options());
    List<Remedy> remedies = new ArrayList<>();
    found.forEach(remedies::addAll);
    List<Remedy> notCleared = leftOver(after, law, remedies, fixed);
    remedies.addAll(notCleared);
    remedies.sort(java.util.Comparator.comparingInt(r -> taken.getOrDefault(r.siteId(), Integer.MAX_VALUE)));
    return new RemedyPlan(before, remedies, fixed, after, notCleared);
  }

  /**
   * What the check of the fixed survey still finds that no remedy owns up to as unfixable: reported
   * as such, so that the list of what is left is never shorter than the check's.
   */
  private static List<Remedy> leftOver(CheckResult after, RemedyLaw law, List<Remedy> remedies, Survey fixed) {
    Set<String> owned = new HashSet<>();
    for (Remedy r : remedies) {
      if (r.unfixable()) {
        owned.add(r.siteId() + "\u0000" + (r.cameraId() != null ? "c" + r.cameraId() : "z" + r.zoneId()));
      }
    }
    Map<String, Camera> byId = new HashMap<>();
    fixed.cameras().forEach(c -> byId.put(Obligations.key(c.siteId(), c.cameraId()), c));
    List<Remedy> left = new ArrayList<>();
    for (Finding f : after.findings()) {
      if (!law.settles(f.code())) {
        continue;
      }
      boolean zone = law.uncovered().contains(f.code());
      String key = f.siteId() + "\u0000" + (zone ? "z" + f.zoneId() : "c" + f.cameraId());
      if (owned.add(key)) {
        Cleared what = new Cleared(f.code().name(), f.zoneId());
        left.add(zone
            ? new Remedy(f.siteId(), null, f.zoneId(), Action.ZONE_SHORT, null, null, List.of(what), List.of(),
                RemedyLaw.orders(f), null)
            : new Remedy(f.siteId(), f.cameraId(), null, Action.REMOVE_OR_RELOCATE, null, null, List.of(what), List.of(),
                RemedyLaw.orders(f), byId.get(Obligations.key(f.siteId(), f.cameraId()))));
      }
    }
    return left;
  }
}
