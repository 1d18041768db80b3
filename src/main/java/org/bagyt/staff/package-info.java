/**
 * Staff records, training and the accreditation that decides who may assess whom: only staff holding an
 * accreditation in force for an assessment instrument author or countersign assessments with it.
 */
package org.bagyt.staff;
