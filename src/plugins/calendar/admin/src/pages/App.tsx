import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ACTIONS } from '../permissions';
import { AgendaPage } from './Agenda';
import { BudgetPage } from './Budget';
import { CommunityPage } from './Community';
import { CompetitorsPage } from './Competitors';
import { CoveragePage } from './Coverage';
import { FeedsPage } from './Feeds';
import { KpisPage } from './Kpis';
import { MonthPage } from './Month';
import { MyWorkPage } from './MyWork';
import { PlanCopyPage } from './PlanCopy';
import { PublishLogPage } from './PublishLog';
import { QuarterGridPage } from './QuarterGrid';
import { ShareLinksPage } from './ShareLinks';
import { TeamBoardPage } from './TeamBoard';
import { TranslationsPage } from './Translations';
import { WeekPage } from './Week';
import { WorkloadPage } from './Workload';
import { YearWheelPage } from './YearWheel';

export const App = () => (
  <Page.Protect permissions={[{ action: ACTIONS.read, subject: null }]}>
    <Routes>
      <Route index element={<Navigate to="wheel" replace />} />
      <Route path="wheel" element={<YearWheelPage />} />
      <Route path="month" element={<MonthPage />} />
      <Route path="week" element={<WeekPage />} />
      <Route path="agenda" element={<AgendaPage />} />
      <Route path="quarter" element={<QuarterGridPage />} />
      <Route path="coverage" element={<CoveragePage />} />
      <Route path="competitors" element={<CompetitorsPage />} />
      <Route path="kpis" element={<KpisPage />} />
      <Route path="my-work" element={<MyWorkPage />} />
      <Route path="team" element={<TeamBoardPage />} />
      <Route path="workload" element={<WorkloadPage />} />
      <Route path="translations" element={<TranslationsPage />} />
      <Route
        path="community"
        element={
          <Page.Protect permissions={[{ action: ACTIONS.community, subject: null }]}>
            <CommunityPage />
          </Page.Protect>
        }
      />
      <Route path="feeds" element={<FeedsPage />} />
      <Route path="share-links" element={<ShareLinksPage />} />
      <Route
        path="plan-copy"
        element={
          <Page.Protect permissions={[{ action: ACTIONS.plan, subject: null }]}>
            <PlanCopyPage />
          </Page.Protect>
        }
      />
      <Route
        path="publish-log"
        element={
          <Page.Protect permissions={[{ action: ACTIONS.publish, subject: null }]}>
            <PublishLogPage />
          </Page.Protect>
        }
      />
      <Route
        path="budget"
        element={
          <Page.Protect permissions={[{ action: ACTIONS.budgetRead, subject: null }]}>
            <BudgetPage />
          </Page.Protect>
        }
      />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);
