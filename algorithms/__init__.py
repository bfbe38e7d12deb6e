"""EcoComp's QGIS Processing provider and its algorithms (thin wrappers over ecocomp_science)."""
