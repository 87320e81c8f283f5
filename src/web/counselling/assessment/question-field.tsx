import { Badge, Checkbox, Group, NumberInput, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { maxTextAnswerLength } from "../../../common/counselling/answer-validation.js";
import {
  cefrAnswerLevels,
  type TAnswerValue,
  type TQuestion,
  textIn,
} from "../../../common/counselling/questionnaire-schemas.js";

type TQuestionFieldProps = {
  question: TQuestion;
  value: TAnswerValue | undefined;
  error: string | undefined;
  onChange: (value: TAnswerValue | undefined) => void;
};

function SensitiveBadge({ question }: { question: TQuestion }) {
  const { t } = useTranslation();
  if (!question.sensitive) return null;
  return (
    <Badge variant="outline" color="gray" size="sm">
      {question.sensitive === "health"
        ? t("counselling.interview.sensitiveHealth")
        : t("counselling.interview.sensitiveReligion")}
    </Badge>
  );
}

/** One question of a questionnaire as a form field of its type, labelled in the UI language. */
export function QuestionField({ question, value, error, onChange }: TQuestionFieldProps) {
  const { t, i18n } = useTranslation();
  const label = (
    <Group gap="xs" component="span" wrap="wrap">
      <span>{textIn(question.label, i18n.language)}</span>
      <SensitiveBadge question={question} />
    </Group>
  );
  const common = {
    label,
    description: question.help ? textIn(question.help, i18n.language) : undefined,
    error,
    withAsterisk: question.required,
  };
  switch (question.type) {
    case "single_choice":
      return (
        <Radio.Group {...common} value={typeof value === "string" ? value : null} onChange={onChange}>
          <Stack gap="xs" mt="xs">
            {(question.options ?? []).map((option) => (
              <Radio key={option.value} value={option.value} label={textIn(option.label, i18n.language)} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case "multiple_choice":
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? value : []}
          onChange={(choices) => onChange(choices.length > 0 ? choices : undefined)}
        >
          <Stack gap="xs" mt="xs">
            {(question.options ?? []).map((option) => (
              <Checkbox key={option.value} value={option.value} label={textIn(option.label, i18n.language)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case "yes_no":
      return (
        <Radio.Group
          {...common}
          value={value === true ? "yes" : value === false ? "no" : null}
          onChange={(choice) => onChange(choice === "yes")}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={t("counselling.interview.yes")} />
            <Radio value="no" label={t("counselling.interview.no")} />
          </Group>
        </Radio.Group>
      );
    case "cefr_level":
      return (
        <Radio.Group {...common} value={typeof value === "string" ? value : null} onChange={onChange}>
          <Group gap="md" mt="xs">
            {cefrAnswerLevels.map((level) => (
              <Radio key={level} value={level} label={level === "none" ? t("counselling.interview.cefrNone") : level} />
            ))}
          </Group>
        </Radio.Group>
      );
    case "date":
      return (
        <TextInput
          {...common}
          type="date"
          maw={220}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)}
        />
      );
    case "number":
      return (
        <NumberInput
          {...common}
          maw={220}
          min={question.min}
          max={question.max}
          allowDecimal={false}
          value={typeof value === "number" ? value : ""}
          onChange={(number) => onChange(typeof number === "number" ? number : undefined)}
        />
      );
    case "text":
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxLength={maxTextAnswerLength}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)}
        />
      );
  }
}
