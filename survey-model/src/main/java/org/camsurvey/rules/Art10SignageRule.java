package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * Art. 10 — a camera in a public place must be announced by a visible sign and fixed in
 * position, direction and range. Every system under the measures watches a public place (Art.
 * 3), so a PTZ camera, which can change all three, falls short.
 */
public final class Art10SignageRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    for (Camera camera : scene.survey().cameras()) {
      if (Boolean.FALSE.equals(camera.signage())) {
        findings.accept(Finding.of(FindingCode.ART10_NO_SIGNAGE).camera(camera).build());
      }
      if (camera.type() == CameraType.PTZ) {
        findings.accept(Finding.of(FindingCode.ART10_NOT_FIXED).camera(camera)
            .figure("cam_type", camera.type().code()).build());
      }
    }
  }
}
