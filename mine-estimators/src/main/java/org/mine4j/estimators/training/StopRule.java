package org.mine4j.estimators.training;

import org.mine4j.api.TrainingStatus;

/** An early-stop hook: asked after every step whether training should end now. */
@FunctionalInterface
public interface StopRule {
  /** Never stops early. */
  StopRule NEVER = status -> false;

  boolean shouldStop(TrainingStatus status);
}
