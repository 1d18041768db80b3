package org.bagyt.estate;

/** Regimes of Kyrgyz penitentiary law; how they map to security levels is policy, set later. */
public enum Regime { PRE_TRIAL, GENERAL, STRENGTHENED, STRICT, SPECIAL, SETTLEMENT }
