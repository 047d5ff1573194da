"""initial schema

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The synced tables of this revision, whose writes the change-log triggers guard.
SYNCED_TABLES = [
    "action_item",
    "action_plan",
    "activity",
    "activity_task_force",
    "agenda_item",
    "agreement",
    "assessment",
    "assessment_score",
    "budget_line",
    "candidacy",
    "concept_note",
    "concept_note_indicator",
    "concept_note_partner",
    "criterion",
    "cycle",
    "decision",
    "expression_of_interest",
    "full_proposal",
    "funder",
    "funding_opportunity",
    "goal",
    "indicator",
    "indicator_value",
    "letter_of_support",
    "meeting",
    "meeting_action",
    "meeting_participant",
    "membership",
    "objective",
    "organisation",
    "organisation_type",
    "person",
    "player",
    "progress_report",
    "project_idea",
    "project_team",
    "project_team_member",
    "region",
    "role",
    "step",
    "step_window",
    "task_force",
    "validation",
    "work_plan_item",
]


# The change-log guards as this revision wrote them, frozen: later edits to the live code's
# guard_statements() must arrive as a new revision, never change what this one did.
GUARD_SQL = [
    'INSERT INTO write_permit (singleton, open) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM write_permit)',
    "CREATE TRIGGER IF NOT EXISTS change_no_delete BEFORE DELETE ON change BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS change_no_rewrite BEFORE UPDATE OF change_id, site_id, seq, hlc, table_name, record_id, field, old_value, new_value, based_on, kind, author ON change BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_action_item_insert BEFORE INSERT ON action_item WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to action_item outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_action_item_update BEFORE UPDATE ON action_item WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to action_item outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_action_item_delete BEFORE DELETE ON action_item BEGIN SELECT RAISE(ABORT, 'records of action_item are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_action_plan_insert BEFORE INSERT ON action_plan WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to action_plan outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_action_plan_update BEFORE UPDATE ON action_plan WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to action_plan outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_action_plan_delete BEFORE DELETE ON action_plan BEGIN SELECT RAISE(ABORT, 'records of action_plan are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_activity_insert BEFORE INSERT ON activity WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to activity outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_activity_update BEFORE UPDATE ON activity WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to activity outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_activity_delete BEFORE DELETE ON activity BEGIN SELECT RAISE(ABORT, 'records of activity are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_activity_task_force_insert BEFORE INSERT ON activity_task_force WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to activity_task_force outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_activity_task_force_update BEFORE UPDATE ON activity_task_force WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to activity_task_force outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_activity_task_force_delete BEFORE DELETE ON activity_task_force BEGIN SELECT RAISE(ABORT, 'records of activity_task_force are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_agenda_item_insert BEFORE INSERT ON agenda_item WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to agenda_item outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_agenda_item_update BEFORE UPDATE ON agenda_item WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to agenda_item outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_agenda_item_delete BEFORE DELETE ON agenda_item BEGIN SELECT RAISE(ABORT, 'records of agenda_item are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_agreement_insert BEFORE INSERT ON agreement WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to agreement outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_agreement_update BEFORE UPDATE ON agreement WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to agreement outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_agreement_delete BEFORE DELETE ON agreement BEGIN SELECT RAISE(ABORT, 'records of agreement are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_assessment_insert BEFORE INSERT ON assessment WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to assessment outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_assessment_update BEFORE UPDATE ON assessment WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to assessment outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_assessment_delete BEFORE DELETE ON assessment BEGIN SELECT RAISE(ABORT, 'records of assessment are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_assessment_score_insert BEFORE INSERT ON assessment_score WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to assessment_score outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_assessment_score_update BEFORE UPDATE ON assessment_score WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to assessment_score outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_assessment_score_delete BEFORE DELETE ON assessment_score BEGIN SELECT RAISE(ABORT, 'records of assessment_score are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_budget_line_insert BEFORE INSERT ON budget_line WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to budget_line outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_budget_line_update BEFORE UPDATE ON budget_line WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to budget_line outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_budget_line_delete BEFORE DELETE ON budget_line BEGIN SELECT RAISE(ABORT, 'records of budget_line are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_candidacy_insert BEFORE INSERT ON candidacy WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to candidacy outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_candidacy_update BEFORE UPDATE ON candidacy WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to candidacy outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_candidacy_delete BEFORE DELETE ON candidacy BEGIN SELECT RAISE(ABORT, 'records of candidacy are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_insert BEFORE INSERT ON concept_note WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to concept_note outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_update BEFORE UPDATE ON concept_note WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to concept_note outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_delete BEFORE DELETE ON concept_note BEGIN SELECT RAISE(ABORT, 'records of concept_note are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_indicator_insert BEFORE INSERT ON concept_note_indicator WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to concept_note_indicator outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_indicator_update BEFORE UPDATE ON concept_note_indicator WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to concept_note_indicator outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_indicator_delete BEFORE DELETE ON concept_note_indicator BEGIN SELECT RAISE(ABORT, 'records of concept_note_indicator are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_partner_insert BEFORE INSERT ON concept_note_partner WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to concept_note_partner outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_partner_update BEFORE UPDATE ON concept_note_partner WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to concept_note_partner outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_concept_note_partner_delete BEFORE DELETE ON concept_note_partner BEGIN SELECT RAISE(ABORT, 'records of concept_note_partner are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_criterion_insert BEFORE INSERT ON criterion WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to criterion outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_criterion_update BEFORE UPDATE ON criterion WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to criterion outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_criterion_delete BEFORE DELETE ON criterion BEGIN SELECT RAISE(ABORT, 'records of criterion are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_cycle_insert BEFORE INSERT ON cycle WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to cycle outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_cycle_update BEFORE UPDATE ON cycle WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to cycle outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_cycle_delete BEFORE DELETE ON cycle BEGIN SELECT RAISE(ABORT, 'records of cycle are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_decision_insert BEFORE INSERT ON decision WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to decision outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_decision_update BEFORE UPDATE ON decision WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to decision outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_decision_delete BEFORE DELETE ON decision BEGIN SELECT RAISE(ABORT, 'records of decision are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_expression_of_interest_insert BEFORE INSERT ON expression_of_interest WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to expression_of_interest outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_expression_of_interest_update BEFORE UPDATE ON expression_of_interest WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to expression_of_interest outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_expression_of_interest_delete BEFORE DELETE ON expression_of_interest BEGIN SELECT RAISE(ABORT, 'records of expression_of_interest are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_full_proposal_insert BEFORE INSERT ON full_proposal WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to full_proposal outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_full_proposal_update BEFORE UPDATE ON full_proposal WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to full_proposal outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_full_proposal_delete BEFORE DELETE ON full_proposal BEGIN SELECT RAISE(ABORT, 'records of full_proposal are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_funder_insert BEFORE INSERT ON funder WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to funder outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_funder_update BEFORE UPDATE ON funder WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to funder outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_funder_delete BEFORE DELETE ON funder BEGIN SELECT RAISE(ABORT, 'records of funder are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_funding_opportunity_insert BEFORE INSERT ON funding_opportunity WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to funding_opportunity outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_funding_opportunity_update BEFORE UPDATE ON funding_opportunity WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to funding_opportunity outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_funding_opportunity_delete BEFORE DELETE ON funding_opportunity BEGIN SELECT RAISE(ABORT, 'records of funding_opportunity are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_goal_insert BEFORE INSERT ON goal WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to goal outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_goal_update BEFORE UPDATE ON goal WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to goal outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_goal_delete BEFORE DELETE ON goal BEGIN SELECT RAISE(ABORT, 'records of goal are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_indicator_insert BEFORE INSERT ON indicator WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to indicator outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_indicator_update BEFORE UPDATE ON indicator WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to indicator outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_indicator_delete BEFORE DELETE ON indicator BEGIN SELECT RAISE(ABORT, 'records of indicator are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_indicator_value_insert BEFORE INSERT ON indicator_value WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to indicator_value outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_indicator_value_update BEFORE UPDATE ON indicator_value WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to indicator_value outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_indicator_value_delete BEFORE DELETE ON indicator_value BEGIN SELECT RAISE(ABORT, 'records of indicator_value are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_letter_of_support_insert BEFORE INSERT ON letter_of_support WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to letter_of_support outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_letter_of_support_update BEFORE UPDATE ON letter_of_support WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to letter_of_support outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_letter_of_support_delete BEFORE DELETE ON letter_of_support BEGIN SELECT RAISE(ABORT, 'records of letter_of_support are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_insert BEFORE INSERT ON meeting WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to meeting outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_update BEFORE UPDATE ON meeting WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to meeting outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_delete BEFORE DELETE ON meeting BEGIN SELECT RAISE(ABORT, 'records of meeting are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_action_insert BEFORE INSERT ON meeting_action WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to meeting_action outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_action_update BEFORE UPDATE ON meeting_action WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to meeting_action outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_action_delete BEFORE DELETE ON meeting_action BEGIN SELECT RAISE(ABORT, 'records of meeting_action are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_participant_insert BEFORE INSERT ON meeting_participant WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to meeting_participant outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_participant_update BEFORE UPDATE ON meeting_participant WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to meeting_participant outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_meeting_participant_delete BEFORE DELETE ON meeting_participant BEGIN SELECT RAISE(ABORT, 'records of meeting_participant are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_membership_insert BEFORE INSERT ON membership WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to membership outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_membership_update BEFORE UPDATE ON membership WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to membership outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_membership_delete BEFORE DELETE ON membership BEGIN SELECT RAISE(ABORT, 'records of membership are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_objective_insert BEFORE INSERT ON objective WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to objective outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_objective_update BEFORE UPDATE ON objective WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to objective outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_objective_delete BEFORE DELETE ON objective BEGIN SELECT RAISE(ABORT, 'records of objective are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_organisation_insert BEFORE INSERT ON organisation WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to organisation outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_organisation_update BEFORE UPDATE ON organisation WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to organisation outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_organisation_delete BEFORE DELETE ON organisation BEGIN SELECT RAISE(ABORT, 'records of organisation are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_organisation_type_insert BEFORE INSERT ON organisation_type WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to organisation_type outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_organisation_type_update BEFORE UPDATE ON organisation_type WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to organisation_type outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_organisation_type_delete BEFORE DELETE ON organisation_type BEGIN SELECT RAISE(ABORT, 'records of organisation_type are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_person_insert BEFORE INSERT ON person WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to person outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_person_update BEFORE UPDATE ON person WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to person outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_person_delete BEFORE DELETE ON person BEGIN SELECT RAISE(ABORT, 'records of person are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_player_insert BEFORE INSERT ON player WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to player outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_player_update BEFORE UPDATE ON player WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to player outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_player_delete BEFORE DELETE ON player BEGIN SELECT RAISE(ABORT, 'records of player are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_progress_report_insert BEFORE INSERT ON progress_report WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to progress_report outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_progress_report_update BEFORE UPDATE ON progress_report WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to progress_report outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_progress_report_delete BEFORE DELETE ON progress_report BEGIN SELECT RAISE(ABORT, 'records of progress_report are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_idea_insert BEFORE INSERT ON project_idea WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to project_idea outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_idea_update BEFORE UPDATE ON project_idea WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to project_idea outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_idea_delete BEFORE DELETE ON project_idea BEGIN SELECT RAISE(ABORT, 'records of project_idea are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_team_insert BEFORE INSERT ON project_team WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to project_team outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_team_update BEFORE UPDATE ON project_team WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to project_team outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_team_delete BEFORE DELETE ON project_team BEGIN SELECT RAISE(ABORT, 'records of project_team are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_team_member_insert BEFORE INSERT ON project_team_member WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to project_team_member outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_team_member_update BEFORE UPDATE ON project_team_member WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to project_team_member outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_project_team_member_delete BEFORE DELETE ON project_team_member BEGIN SELECT RAISE(ABORT, 'records of project_team_member are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_region_insert BEFORE INSERT ON region WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to region outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_region_update BEFORE UPDATE ON region WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to region outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_region_delete BEFORE DELETE ON region BEGIN SELECT RAISE(ABORT, 'records of region are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_role_insert BEFORE INSERT ON role WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to role outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_role_update BEFORE UPDATE ON role WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to role outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_role_delete BEFORE DELETE ON role BEGIN SELECT RAISE(ABORT, 'records of role are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_step_insert BEFORE INSERT ON step WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to step outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_step_update BEFORE UPDATE ON step WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to step outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_step_delete BEFORE DELETE ON step BEGIN SELECT RAISE(ABORT, 'records of step are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_step_window_insert BEFORE INSERT ON step_window WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to step_window outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_step_window_update BEFORE UPDATE ON step_window WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to step_window outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_step_window_delete BEFORE DELETE ON step_window BEGIN SELECT RAISE(ABORT, 'records of step_window are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_task_force_insert BEFORE INSERT ON task_force WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to task_force outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_task_force_update BEFORE UPDATE ON task_force WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to task_force outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_task_force_delete BEFORE DELETE ON task_force BEGIN SELECT RAISE(ABORT, 'records of task_force are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_validation_insert BEFORE INSERT ON validation WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to validation outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_validation_update BEFORE UPDATE ON validation WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to validation outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_validation_delete BEFORE DELETE ON validation BEGIN SELECT RAISE(ABORT, 'records of validation are soft-deleted, never erased'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_work_plan_item_insert BEFORE INSERT ON work_plan_item WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to work_plan_item outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_work_plan_item_update BEFORE UPDATE ON work_plan_item WHEN (SELECT open FROM write_permit) IS NOT 1 BEGIN SELECT RAISE(ABORT, 'write to work_plan_item outside the change log'); END",
    "CREATE TRIGGER IF NOT EXISTS guard_work_plan_item_delete BEFORE DELETE ON work_plan_item BEGIN SELECT RAISE(ABORT, 'records of work_plan_item are soft-deleted, never erased'); END",
]


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment")),
    )
    op.create_table(
        "bundle_import",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("key_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("seq_from", sa.Integer(), nullable=True),
        sa.Column("seq_to", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_import")),
    )
    op.create_table(
        "change",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("based_on", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("also_based_on", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_change")),
        sa.UniqueConstraint("site_id", "seq", name="uq_change_site_seq"),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_record", ["table_name", "record_id", "field"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("master", sa.Text(), nullable=True),
        sa.Column("incoming", sa.Text(), nullable=True),
        sa.Column("master_change", sa.String(length=36), nullable=True),
        sa.Column("incoming_change", sa.String(length=36), nullable=False),
        sa.Column("master_author", sa.String(), nullable=True),
        sa.Column("incoming_author", sa.String(), nullable=True),
        sa.Column("master_hlc", sa.String(), nullable=True),
        sa.Column("incoming_hlc", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("resolution_change", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_table(
        "criterion",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("group", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
    )
    op.create_table(
        "cycle",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle")),
    )
    op.create_table(
        "funder",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funder")),
    )
    op.create_table(
        "goal",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    op.create_table(
        "organisation_type",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_type")),
    )
    op.create_table(
        "region",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region")),
    )
    op.create_table(
        "role",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
    )
    op.create_table(
        "site",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hlc", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_site")),
    )
    op.create_table(
        "step",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("outputs", sa.Text(), nullable=True),
        sa.Column("actors", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step")),
    )
    op.create_table(
        "trusted_key",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("task_forces", sa.Text(), nullable=False),
        sa.Column("region", sa.String(), nullable=True),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_trusted_key")),
    )
    op.create_table(
        "write_permit",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("open", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_write_permit")),
    )
    op.create_table(
        "funding_opportunity",
        sa.Column("funder_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["funder.id"],
            name=op.f("fk_funding_opportunity_funder_id_funder"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_opportunity")),
    )
    with op.batch_alter_table("funding_opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_opportunity_funder_id"), ["funder_id"], unique=False)

    op.create_table(
        "objective",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("target_2030", sa.Text(), nullable=True),
        sa.Column("target_2050", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_objective_goal_id_goal"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objective")),
    )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objective_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("type_id", sa.String(length=36), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("partner", sa.Boolean(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["organisation_type.id"],
            name=op.f("fk_organisation_type_id_organisation_type"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_type_id"), ["type_id"], unique=False)

    op.create_table(
        "step_window",
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_step_window_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["step.id"],
            name=op.f("fk_step_window_step_id_step"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_window")),
    )
    with op.batch_alter_table("step_window", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_step_window_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_step_window_step_id"), ["step_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("languages", sa.String(), nullable=True),
        sa.Column("expertise", sa.Text(), nullable=True),
        sa.Column("profile_url", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "task_force",
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
            name=op.f("fk_task_force_objective_id_objective"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_force")),
    )
    with op.batch_alter_table("task_force", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_force_objective_id"), ["objective_id"], unique=False)

    op.create_table(
        "action_plan",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_action_plan_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_action_plan_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
    )
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_plan_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_plan_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("countries", sa.String(), nullable=True),
        sa.Column("sponsor", sa.String(), nullable=True),
        sa.Column("owner", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_activity_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_activity_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_activity_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "candidacy",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("motivation", sa.Text(), nullable=True),
        sa.Column("key_players", sa.Text(), nullable=True),
        sa.Column("exsec_proposal", sa.String(), nullable=True),
        sa.Column("board_decision", sa.String(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_candidacy_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_candidacy_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_candidacy_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_candidacy_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidacy")),
    )
    with op.batch_alter_table("candidacy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidacy_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidacy_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidacy_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidacy_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=True),
        sa.Column("step_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_meeting_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["step.id"],
            name=op.f("fk_meeting_step_id_step"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_meeting_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_step_id"), ["step_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("preferred_role", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_membership_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_membership_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_membership_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "player",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("scope", sa.String(), nullable=True),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_player_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_player_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_player_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_player")),
    )
    with op.batch_alter_table("player", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_player_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_player_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_player_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "progress_report",
        sa.Column("task_force_id", sa.String(length=36), nullable=True),
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_progress_report_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_progress_report_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_report")),
    )
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progress_report_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_progress_report_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("action_plan_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_plan_id"],
            ["action_plan.id"],
            name=op.f("fk_action_item_action_plan_id_action_plan"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_action_item_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_action_plan_id"), ["action_plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "activity_task_force",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("served_task_force_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_task_force_activity_id_activity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["served_task_force_id"],
            ["task_force.id"],
            name=op.f("fk_activity_task_force_served_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_activity_task_force_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_task_force")),
    )
    with op.batch_alter_table("activity_task_force", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_task_force_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_task_force_served_task_force_id"), ["served_task_force_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_task_force_task_force_id"), ["task_force_id"], unique=False
        )

    op.create_table(
        "agenda_item",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_agenda_item_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_decision_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_decision_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "indicator",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("action_plan_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target_cycle", sa.Float(), nullable=True),
        sa.Column("target_2030", sa.Float(), nullable=True),
        sa.Column("target_2050", sa.Float(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_plan_id"],
            ["action_plan.id"],
            name=op.f("fk_indicator_action_plan_id_action_plan"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_indicator_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_action_plan_id"), ["action_plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "meeting_action",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_action_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_meeting_action_owner_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_meeting_action_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_action")),
    )
    with op.batch_alter_table("meeting_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_action_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_action_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_action_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "meeting_participant",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("attendance", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_participant_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_participant_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_meeting_participant_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_participant_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_task_force_id"), ["task_force_id"], unique=False
        )

    op.create_table(
        "project_idea",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_project_idea_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_project_idea_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_project_idea_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_idea")),
    )
    with op.batch_alter_table("project_idea", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_idea_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_idea_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_idea_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "indicator_value",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_value_indicator_id_indicator"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_indicator_value_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_value_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_value_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "project_team",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("idea_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("leader_id", sa.String(length=36), nullable=True),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("theme", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["idea_id"],
            ["project_idea.id"],
            name=op.f("fk_project_team_idea_id_project_idea"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["person.id"],
            name=op.f("fk_project_team_leader_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_project_team_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_project_team_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_team")),
    )
    with op.batch_alter_table("project_team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_team_idea_id"), ["idea_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_team_leader_id"), ["leader_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_team_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_team_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "concept_note",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("cycle_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("acronym", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("objectives_served", sa.String(), nullable=True),
        sa.Column("countries", sa.String(), nullable=True),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("lead_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("context", sa.Text(), nullable=True),
        sa.Column("baseline", sa.Text(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("outcomes", sa.Text(), nullable=True),
        sa.Column("outputs", sa.Text(), nullable=True),
        sa.Column("activities", sa.Text(), nullable=True),
        sa.Column("theory_of_change", sa.Text(), nullable=True),
        sa.Column("soil_carbon_actions", sa.Text(), nullable=True),
        sa.Column("soc_change", sa.Float(), nullable=True),
        sa.Column("area_ha", sa.Float(), nullable=True),
        sa.Column("food_security", sa.Text(), nullable=True),
        sa.Column("adaptation", sa.Text(), nullable=True),
        sa.Column("safeguards", sa.Text(), nullable=True),
        sa.Column("mrv", sa.Text(), nullable=True),
        sa.Column("beneficiaries", sa.Text(), nullable=True),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(), nullable=True),
        sa.Column("amount_requested", sa.Float(), nullable=True),
        sa.Column("candidate_funders", sa.Text(), nullable=True),
        sa.Column("risks", sa.Text(), nullable=True),
        sa.Column("sustainability", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycle.id"],
            name=op.f("fk_concept_note_cycle_id_cycle"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["lead_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_concept_note_lead_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_concept_note_region_id_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_concept_note_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["project_team.id"],
            name=op.f("fk_concept_note_team_id_project_team"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concept_note")),
    )
    with op.batch_alter_table("concept_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concept_note_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_concept_note_lead_organisation_id"), ["lead_organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_concept_note_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_concept_note_task_force_id"), ["task_force_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_concept_note_team_id"), ["team_id"], unique=False)

    op.create_table(
        "project_team_member",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_team_member_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_project_team_member_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_project_team_member_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["project_team.id"],
            name=op.f("fk_project_team_member_team_id_project_team"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_team_member")),
    )
    with op.batch_alter_table("project_team_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_team_member_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_team_member_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_project_team_member_task_force_id"), ["task_force_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_team_member_team_id"), ["team_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_version", sa.Integer(), nullable=False),
        sa.Column("assessor", sa.String(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("sdg_alignment", sa.String(), nullable=True),
        sa.Column("recommendation", sa.String(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_assessment_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_assessment_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_concept_note_id"), ["concept_note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("item", sa.String(), nullable=False),
        sa.Column("requested", sa.Float(), nullable=True),
        sa.Column("cofinancing_cash", sa.Float(), nullable=True),
        sa.Column("cofinancing_in_kind", sa.Float(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_budget_line_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_budget_line_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_concept_note_id"), ["concept_note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_line_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "concept_note_indicator",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("baseline", sa.String(), nullable=True),
        sa.Column("target", sa.String(), nullable=True),
        sa.Column("measurement", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_concept_note_indicator_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_concept_note_indicator_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concept_note_indicator")),
    )
    with op.batch_alter_table("concept_note_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concept_note_indicator_concept_note_id"), ["concept_note_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_concept_note_indicator_task_force_id"), ["task_force_id"], unique=False
        )

    op.create_table(
        "concept_note_partner",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("contribution", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_concept_note_partner_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_concept_note_partner_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_concept_note_partner_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concept_note_partner")),
    )
    with op.batch_alter_table("concept_note_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concept_note_partner_concept_note_id"), ["concept_note_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_concept_note_partner_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_concept_note_partner_task_force_id"), ["task_force_id"], unique=False
        )

    op.create_table(
        "expression_of_interest",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("funder_id", sa.String(length=36), nullable=False),
        sa.Column("opportunity_id", sa.String(length=36), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.String(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_expression_of_interest_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["funder.id"],
            name=op.f("fk_expression_of_interest_funder_id_funder"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["funding_opportunity.id"],
            name=op.f("fk_expression_of_interest_opportunity_id_funding_opportunity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_expression_of_interest_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expression_of_interest")),
    )
    with op.batch_alter_table("expression_of_interest", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expression_of_interest_concept_note_id"), ["concept_note_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_expression_of_interest_funder_id"), ["funder_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_expression_of_interest_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expression_of_interest_task_force_id"), ["task_force_id"], unique=False
        )

    op.create_table(
        "full_proposal",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("funder_id", sa.String(length=36), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_full_proposal_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["funder.id"],
            name=op.f("fk_full_proposal_funder_id_funder"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_full_proposal_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_full_proposal")),
    )
    with op.batch_alter_table("full_proposal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_full_proposal_concept_note_id"), ["concept_note_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_full_proposal_funder_id"), ["funder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_full_proposal_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "validation",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_validation_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_validation_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_validation")),
    )
    with op.batch_alter_table("validation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_validation_concept_note_id"), ["concept_note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_validation_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "work_plan_item",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("activity", sa.String(), nullable=False),
        sa.Column("output", sa.String(), nullable=True),
        sa.Column("responsible", sa.String(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_work_plan_item_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_work_plan_item_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_plan_item")),
    )
    with op.batch_alter_table("work_plan_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_work_plan_item_concept_note_id"), ["concept_note_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_work_plan_item_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("funder_id", sa.String(length=36), nullable=False),
        sa.Column("full_proposal_id", sa.String(length=36), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_agreement_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["full_proposal_id"],
            ["full_proposal.id"],
            name=op.f("fk_agreement_full_proposal_id_full_proposal"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["funder.id"],
            name=op.f("fk_agreement_funder_id_funder"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_agreement_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_concept_note_id"), ["concept_note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_full_proposal_id"), ["full_proposal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_funder_id"), ["funder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_task_force_id"), ["task_force_id"], unique=False)

    op.create_table(
        "assessment_score",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_id", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_score_assessment_id_assessment"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_assessment_score_criterion_id_criterion"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_assessment_score_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_score")),
    )
    with op.batch_alter_table("assessment_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_score_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_score_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assessment_score_task_force_id"), ["task_force_id"], unique=False
        )

    op.create_table(
        "letter_of_support",
        sa.Column("task_force_id", sa.String(length=36), nullable=False),
        sa.Column("concept_note_id", sa.String(length=36), nullable=False),
        sa.Column("validation_id", sa.String(length=36), nullable=True),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=True),
        sa.Column("document_sha256", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_note_id"],
            ["concept_note.id"],
            name=op.f("fk_letter_of_support_concept_note_id_concept_note"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["task_force_id"],
            ["task_force.id"],
            name=op.f("fk_letter_of_support_task_force_id_task_force"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["validation_id"],
            ["validation.id"],
            name=op.f("fk_letter_of_support_validation_id_validation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_of_support")),
    )
    with op.batch_alter_table("letter_of_support", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_of_support_concept_note_id"), ["concept_note_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_letter_of_support_task_force_id"), ["task_force_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_letter_of_support_validation_id"), ["validation_id"], unique=False
        )

    # ### end Alembic commands ###
    for statement in GUARD_SQL:
        op.execute(statement)


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("letter_of_support", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_of_support_validation_id"))
        batch_op.drop_index(batch_op.f("ix_letter_of_support_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_letter_of_support_concept_note_id"))

    op.drop_table("letter_of_support")
    with op.batch_alter_table("assessment_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_score_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_score_criterion_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_score_assessment_id"))

    op.drop_table("assessment_score")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_funder_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_full_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_concept_note_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("work_plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_plan_item_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_work_plan_item_concept_note_id"))

    op.drop_table("work_plan_item")
    with op.batch_alter_table("validation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_validation_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_validation_concept_note_id"))

    op.drop_table("validation")
    with op.batch_alter_table("full_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_full_proposal_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_full_proposal_funder_id"))
        batch_op.drop_index(batch_op.f("ix_full_proposal_concept_note_id"))

    op.drop_table("full_proposal")
    with op.batch_alter_table("expression_of_interest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expression_of_interest_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_expression_of_interest_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_expression_of_interest_funder_id"))
        batch_op.drop_index(batch_op.f("ix_expression_of_interest_concept_note_id"))

    op.drop_table("expression_of_interest")
    with op.batch_alter_table("concept_note_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concept_note_partner_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_partner_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_partner_concept_note_id"))

    op.drop_table("concept_note_partner")
    with op.batch_alter_table("concept_note_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concept_note_indicator_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_indicator_concept_note_id"))

    op.drop_table("concept_note_indicator")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_budget_line_concept_note_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_concept_note_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("project_team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_team_member_team_id"))
        batch_op.drop_index(batch_op.f("ix_project_team_member_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_project_team_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_project_team_member_organisation_id"))

    op.drop_table("project_team_member")
    with op.batch_alter_table("concept_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concept_note_team_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_region_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_lead_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_concept_note_cycle_id"))

    op.drop_table("concept_note")
    with op.batch_alter_table("project_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_team_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_project_team_region_id"))
        batch_op.drop_index(batch_op.f("ix_project_team_leader_id"))
        batch_op.drop_index(batch_op.f("ix_project_team_idea_id"))

    op.drop_table("project_team")
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_value_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_value_indicator_id"))

    op.drop_table("indicator_value")
    with op.batch_alter_table("project_idea", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_idea_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_project_idea_region_id"))
        batch_op.drop_index(batch_op.f("ix_project_idea_meeting_id"))

    op.drop_table("project_idea")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participant_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_meeting_id"))

    op.drop_table("meeting_participant")
    with op.batch_alter_table("meeting_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_action_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_action_meeting_id"))

    op.drop_table("meeting_action")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_action_plan_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_decision_meeting_id"))

    op.drop_table("decision")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("activity_task_force", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_task_force_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_activity_task_force_served_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_activity_task_force_activity_id"))

    op.drop_table("activity_task_force")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_action_plan_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_report_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_progress_report_cycle_id"))

    op.drop_table("progress_report")
    with op.batch_alter_table("player", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_player_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_player_region_id"))
        batch_op.drop_index(batch_op.f("ix_player_organisation_id"))

    op.drop_table("player")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_membership_region_id"))
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))

    op.drop_table("membership")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_step_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_cycle_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("candidacy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_candidacy_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_candidacy_region_id"))
        batch_op.drop_index(batch_op.f("ix_candidacy_person_id"))
        batch_op.drop_index(batch_op.f("ix_candidacy_cycle_id"))

    op.drop_table("candidacy")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_activity_region_id"))
        batch_op.drop_index(batch_op.f("ix_activity_cycle_id"))

    op.drop_table("activity")
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_plan_task_force_id"))
        batch_op.drop_index(batch_op.f("ix_action_plan_cycle_id"))

    op.drop_table("action_plan")
    with op.batch_alter_table("task_force", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_force_objective_id"))

    op.drop_table("task_force")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))

    op.drop_table("person")
    with op.batch_alter_table("step_window", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_step_window_step_id"))
        batch_op.drop_index(batch_op.f("ix_step_window_cycle_id"))

    op.drop_table("step_window")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_type_id"))

    op.drop_table("organisation")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_goal_id"))

    op.drop_table("objective")
    with op.batch_alter_table("funding_opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_opportunity_funder_id"))

    op.drop_table("funding_opportunity")
    op.drop_table("write_permit")
    op.drop_table("trusted_key")
    op.drop_table("step")
    op.drop_table("site")
    op.drop_table("role")
    op.drop_table("region")
    op.drop_table("organisation_type")
    op.drop_table("goal")
    op.drop_table("funder")
    op.drop_table("cycle")
    op.drop_table("criterion")
    op.drop_table("conflict")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_record")

    op.drop_table("change")
    op.drop_table("bundle_import")
    op.drop_table("attachment")
    # ### end Alembic commands ###
