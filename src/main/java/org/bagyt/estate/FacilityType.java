package org.bagyt.estate;

public enum FacilityType { PRE_TRIAL, COLONY, SETTLEMENT }
