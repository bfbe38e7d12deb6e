"""Processing adapter of the method layer (ecocomp_science/methods): a method's options become parameters, the
parameters become the method's values, its log reaches the feedback in QGIS's language and its outcome the
output layer. No science here: the algorithm classes that use it hold parameter declaration and mapping only."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..ecocomp_science import methods
from ..translation import tr
from . import qgis_enums as enums
from .algorithm import editor_metadata, matrix_rows, with_metadata


class MethodAdapter:
    """Mixed into an EcoComp algorithm whose ``METHOD`` is a :class:`methods.Method`."""

    METHOD = None

    def declare(self, *keys):
        """Add the parameters of the options ``keys`` (all of them, in the definition's order, when none given)."""
        options = [self.METHOD.option(key) for key in keys] if keys else self.METHOD.options
        for option in options:
            self.declare_option(option)

    def declare_option(self, option):
        label = tr(option.label)
        if option.kind == methods.FIELD:
            self.add_field(option.parameter, label, option.default, optional=not option.required, role=option.role)
        elif option.kind == methods.CHOICE:
            self.addParameter(QgsProcessingParameterEnum(
                option.parameter, label, options=[tr(text) for _, text in option.choices],
                defaultValue=option.choice_index(option.default), optional=option.optional))
        elif option.kind in (methods.NUMBER, methods.INTEGER):
            kwargs = {"type": enums.NUMBER_DOUBLE if option.kind == methods.NUMBER else enums.NUMBER_INTEGER,
                      "defaultValue": option.default, "optional": option.optional or option.default is None}
            if option.minimum is not None:
                kwargs["minValue"] = option.minimum
            if option.maximum is not None:
                kwargs["maxValue"] = option.maximum
            parameter = QgsProcessingParameterNumber(option.parameter, label, **kwargs)
            if option.decimals is not None:
                parameter = with_metadata(parameter, {"widget_wrapper": {"decimals": option.decimals}})
            self.addParameter(parameter)
        elif option.kind == methods.ROWS:
            default = [cell for row in option.default for cell in row] if option.default else None
            kwargs = {"hasFixedNumberRows": True, "numberRows": option.fixed_rows} if option.fixed_rows else {}
            parameter = QgsProcessingParameterMatrix(option.parameter, label, headers=[tr(h) for h in option.headers],
                                                     defaultValue=default, optional=True, **kwargs)
            if option.editor:  # EcoComp's table editor in dialogs and the modeller ("ahp": the pairwise matrix's own)
                parameter = with_metadata(parameter, editor_metadata(None if option.editor == "ahp" else option.editor))
            self.addParameter(parameter)
        elif option.kind == methods.FLAG:
            self.addParameter(QgsProcessingParameterBoolean(option.parameter, label, defaultValue=bool(option.default)))
        else:
            raise ValueError(option.kind)

    def option_values(self, parameters, context):
        """{option key: value} from the parameters, in the types the method takes (choice keys, floats, rows)."""
        values = {}
        for option in self.METHOD.options:
            name = option.parameter
            if self.parameterDefinition(name) is None:
                continue
            given = parameters.get(name) not in (None, "")
            if option.kind == methods.FIELD:
                values[option.key] = self.parameterAsString(parameters, name, context) or None
            elif option.kind == methods.CHOICE:
                values[option.key] = option.choice_keys[self.parameterAsEnum(parameters, name, context)]
            elif option.kind == methods.NUMBER:
                values[option.key] = self.parameterAsDouble(parameters, name, context) \
                    if given or option.default is not None else None
            elif option.kind == methods.INTEGER:
                values[option.key] = self.parameterAsInt(parameters, name, context) \
                    if given or option.default is not None else None
            elif option.kind == methods.ROWS:
                cells = self.parameterAsMatrix(parameters, name, context) if given else None
                if cells is not None and all(cell in (None, "") for cell in cells):
                    cells = []  # a table left empty in the dialog: no rows (each use says what it needs)
                values[option.key] = option.default if cells is None else matrix_rows(cells, option.width)
            elif option.kind == methods.FLAG:
                values[option.key] = self.parameterAsBool(parameters, name, context)
        return self.METHOD.resolve(values)

    def run_method(self, parameters, context, feedback, frame, values=None):
        """The method's run on the joined frame, its messages shown in the log as they come."""
        values = self.option_values(parameters, context) if values is None else values
        return self.METHOD.run(frame, values, method_log(feedback))

    def write_outcome(self, parameters, context, feedback, source, frame, outcome, title):
        """The outcome's fields (money ones in the chosen unit) onto the units → OUTPUT; returns the outputs."""
        feedback.setProgress(60)
        results = {name: (attribute_type(values), values) for name, values in outcome.fields.items()}
        if outcome.money:
            results = self.in_money_unit(parameters, context, results, list(outcome.money), feedback)
        dest_id = self.write_results(parameters, context, feedback, source, frame, results, outcome.style, title,
                                     drop=outcome.drop)
        return dict(outcome.outputs, **{self.OUTPUT: dest_id})


def method_log(feedback):
    """A method-layer log that shows each message in the Processing log, translated, as it comes."""
    def show(level, text):
        message = text.translated(tr)
        if level == methods.Log.WARNING:
            feedback.pushWarning(message)
        else:
            feedback.pushInfo(message)

    return methods.Log(show)


def attribute_type(values):
    """The attribute type of a result column: floats → double, integers and booleans → integer, text → string."""
    import numpy as np

    array = np.asarray(values)
    if array.dtype.kind in "fc":
        return enums.FIELD_DOUBLE
    if array.dtype.kind in "iub":
        return enums.FIELD_INT
    if array.dtype.kind in "US":
        return enums.FIELD_STRING
    sample = next((v for v in array.ravel() if v is not None), None)
    if isinstance(sample, str):
        return enums.FIELD_STRING
    if isinstance(sample, (bool, int, np.integer, np.bool_)) or sample is None:
        return enums.FIELD_INT
    return enums.FIELD_DOUBLE
