import { ViewPage } from '../../components/ViewPage';

export const CoveragePage = () => <ViewPage view="coverage" />;
