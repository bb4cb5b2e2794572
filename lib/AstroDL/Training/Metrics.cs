using static AstroDL.torch;

namespace AstroDL.Training;

/// <summary>Classification metrics used by the trainer and the notebooks.</summary>
public static class Metrics
{
    /// <summary>
    /// Predicted classes from model outputs: argmax over classes for [N, C] scores, and for one score per
    /// example ([N] or [N, 1]) the class 1 when the score passes the threshold (0 for logits, 0.5 for probabilities).
    /// </summary>
    public static Tensor predicted_classes(Tensor output, double threshold = 0)
    {
        if (output.ndim == 2 && output.size(1) > 1) return output.argmax(1);
        return output.reshape(-1).gt(threshold).to_type(ScalarType.Int64);
    }

    /// <summary>
    /// The fraction of examples whose predicted class equals the target class. Targets are class indices, or, for
    /// [N, C] outputs, one-hot (or probability) rows of the same shape, whose argmax is the class (Keras' categorical
    /// accuracy, for a loss such as MSE on one-hot targets).
    /// </summary>
    public static double accuracy(Tensor output, Tensor target, double threshold = 0)
    {
        var predicted = predicted_classes(output, threshold);
        var truth = IsOneHot(output, target) ? target.argmax(1) : target.reshape(-1).to_type(ScalarType.Int64);
        if (predicted.numel() != truth.numel())
            throw new ArgumentException($"accuracy: {predicted.numel()} predictions for {truth.numel()} targets.");
        return predicted.eq(truth).to_type(ScalarType.Float64).mean().ToDouble();
    }

    /// <summary>counts[t, p] = number of examples of true class t predicted as class p.</summary>
    public static long[,] confusion_matrix(Tensor target, Tensor predicted, int num_classes)
    {
        var t = target.reshape(-1).to_type(ScalarType.Int64).data<long>().ToArray();
        var p = predicted.reshape(-1).to_type(ScalarType.Int64).data<long>().ToArray();
        if (t.Length != p.Length)
            throw new ArgumentException($"confusion_matrix: {t.Length} targets but {p.Length} predictions.");
        var counts = new long[num_classes, num_classes];
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] < 0 || t[i] >= num_classes || p[i] < 0 || p[i] >= num_classes)
                throw new ArgumentException($"confusion_matrix: class {Math.Max(t[i], p[i])} at example {i} is outside 0..{num_classes - 1}.");
            counts[t[i], p[i]]++;
        }
        return counts;
    }

    /// <summary>
    /// The ROC curve of scores (higher means more likely class 1) against binary targets (0 or 1), as scikit-learn's
    /// roc_curve and roc_auc_score give it: <c>var roc = Metrics.roc_curve(probability, labels); roc.Auc</c>.
    /// </summary>
    public static RocCurve roc_curve(Tensor score, Tensor target)
    {
        var s = score.reshape(-1).to_type(ScalarType.Float64).data<double>().ToArray();
        var y = target.reshape(-1).to_type(ScalarType.Int64).data<long>().ToArray();
        if (s.Length != y.Length) throw new ArgumentException($"roc_curve: {s.Length} scores for {y.Length} targets.");
        if (y.Any(v => v is not (0 or 1))) throw new ArgumentException("roc_curve: targets must be 0 or 1 (one score per example, for class 1).");
        if (s.Any(double.IsNaN)) throw new ArgumentException("roc_curve: a score is NaN; check the model's outputs.");
        double positives = y.Count(v => v == 1), negatives = y.Length - positives;
        if (positives == 0 || negatives == 0)
            throw new ArgumentException($"roc_curve: needs both classes, got {positives} positives and {negatives} negatives.");
        var order = Enumerable.Range(0, s.Length).OrderByDescending(i => s[i]).ToArray();
        List<double> fpr = [0], tpr = [0];
        double tp = 0, fp = 0, area = 0;
        for (int k = 0; k < order.Length;)
        {
            // all examples tied at this score pass the threshold together: a diagonal step, the trapezoid's half for ties
            double tiedPositives = 0, tiedNegatives = 0;
            for (double value = s[order[k]]; k < order.Length && s[order[k]] == value; k++)
            {
                if (y[order[k]] == 1) tiedPositives++; else tiedNegatives++;
            }
            area += tiedNegatives * (tp + 0.5 * tiedPositives);
            (tp, fp) = (tp + tiedPositives, fp + tiedNegatives);
            fpr.Add(fp / negatives);
            tpr.Add(tp / positives);
        }
        return new RocCurve(fpr.ToArray(), tpr.ToArray(), area / (positives * negatives));
    }

    /// <summary>The area under the ROC curve of <see cref="roc_curve"/>.</summary>
    public static double roc_auc_score(Tensor score, Tensor target) => roc_curve(score, target).Auc;

    private static bool IsOneHot(Tensor output, Tensor target) =>
        output.ndim == 2 && output.size(1) > 1 && target.ndim == 2 && target.size(0) == output.size(0) && target.size(1) == output.size(1);
}
