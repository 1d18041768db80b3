package org.bagyt.prisoners;

/** Whether a person is charged with an offence or convicted of it. */
public enum OffenceStage { CHARGED, CONVICTED }
