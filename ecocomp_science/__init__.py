"""EcoComp science: the methods of cultivated-land ecological compensation.

Nothing in this package imports QGIS. Each module is one method of
``docs/methods.md`` written as plain functions over numpy arrays, so it
can be read, tested and reused outside QGIS.
"""
