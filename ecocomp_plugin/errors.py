"""The one exception type the science raises for bad input."""


class InputError(ValueError):
    """Input that a method cannot use; the message names the culprit.

    The Processing layer turns it into a ``QgsProcessingException`` with the
    same message, so the sentence must make sense to an analyst: name the
    field or parameter, its unit, and the units (regions) at fault.
    """
